using CareCommissioning.Web.Infrastructure.Import;

namespace CareCommissioning.Web.Pages.Needs;

/// <summary>
/// Imports demand from a CSV or XLSX file made from the template (OA-P1). Every row is checked first; if any is wrong,
/// each problem is listed with its row number and nothing is saved. Years in the file replace those years; other years
/// are kept. A file over the size limit gets the page again with a message, however large the request (decision 0011,
/// docs/security.md).
/// </summary>
[Authorize(Policy = Policies.NeedsWrite)]
[UploadLimit(SpreadsheetReader.MaxBytes, MaxRequestBytes, SpreadsheetReader.TooLargeMessage)]
public sealed class DemandImportModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    /// <summary>
    /// What the server reads of a request at most. A file picked by mistake, up to this size, is read past its first
    /// megabyte and thrown away, so the person gets this page with the message; a larger request is refused unread.
    /// </summary>
    public const long MaxRequestBytes = 50_000_000;

    [BindProperty]
    public IFormFile? Upload { get; set; }
    public ServiceLine Line { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite);
        if (line is null)
            return NotFound();
        Line = line;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (line is null)
            return NotFound();
        Line = line;
        if (!ModelState.IsValid)
            return Page(); // the file was too large to read (UploadLimit)
        if (Upload is null || Upload.Length == 0)
            return Refuse("Select a CSV or Excel file to import");
        if (Upload.Length > SpreadsheetReader.MaxBytes)
            return Refuse(SpreadsheetReader.TooLargeMessage);
        SpreadsheetReader.Result read;
        await using (var stream = Upload.OpenReadStream())
            read = SpreadsheetReader.Read(stream, Upload.FileName);
        if (read.Problem is { } problem)
            return Refuse(problem);
        var outcome = DemandImport.Read(line, read.Rows);
        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems)
                ModelState.AddModelError(string.Empty, p);
            return Refuse(
                $"The file has {outcome.Problems.Count} problem{(outcome.Problems.Count == 1 ? "" : "s")}. Nothing has been imported: correct the file and upload it again"
            );
        }

        var existing = await db.DemandFigures.Where(f => f.ServiceLineId == id).ToListAsync();
        foreach (var f in outcome.Figures)
        {
            var figure = existing.FirstOrDefault(e => e.Year == f.Year);
            if (figure is null)
                db.DemandFigures.Add(figure = new DemandFigure { ServiceLineId = id, Year = f.Year });
            figure.Volume = f.Volume;
            figure.Basis = f.Basis;
            figure.Source = f.Source ?? $"Imported from {Path.GetFileName(Upload.FileName)}";
        }
        line.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            $"{outcome.Figures.Count} years of demand have been imported for {line.Name}, {new FinancialYear(outcome.Figures.Min(f => f.Year))} to {new FinancialYear(outcome.Figures.Max(f => f.Year))}";
        return Redirect(this.Links().ServiceLine(id));
    }

    private IActionResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        return Page();
    }
}
