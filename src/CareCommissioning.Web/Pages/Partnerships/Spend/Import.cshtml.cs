using CareCommissioning.Web.Infrastructure.Import;

namespace CareCommissioning.Web.Pages.Partnerships.Spend;

/// <summary>
/// Imports schemes' monthly spend from a partner's finance system as CSV or XLSX (PB-P15). Every row is checked first;
/// if any is wrong, each problem is listed with its row number and nothing is saved. The months in the file replace
/// those months; others are kept. A partner records the spend of the schemes it leads; the host, of any.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
[UploadLimit(8_000_000, MaxRequestBytes, "The selected file must be smaller than 8 MB")]
public sealed class ImportModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    /// <summary>What the server reads of a request at most (see the demand import for why more than the
    /// file).</summary>
    public const long MaxRequestBytes = 50_000_000;

    /// <summary>The most problems listed on the page; the count says how many more there are.</summary>
    public const int ProblemsShown = 100;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public PoolContext Pool { get; private set; } = default!;
    public FinancialYear Year { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!ModelState.IsValid)
            return Page(); // the file was too large to read (UploadLimit)
        if (Upload is null || Upload.Length == 0)
            return Refuse("Select a CSV or Excel file to import");
        SpendFile.Outcome outcome;
        await using (var stream = Upload.OpenReadStream())
            outcome = await SpendFile.ImportAsync(
                db,
                Pool,
                stream,
                Upload.FileName,
                user.DisplayName,
                clock.GetUtcNow()
            );
        if (!outcome.Imported)
        {
            Problems = outcome.Problems;
            var single =
                outcome.Problems.Count == 1 && !outcome.Problems[0].StartsWith("Row ", StringComparison.Ordinal);
            Refuse(
                single
                    ? outcome.Problems[0]
                    : $"The file has {outcome.Problems.Count:N0} problem{(outcome.Problems.Count == 1 ? "" : "s")}. Nothing has been imported: correct the file and upload it again"
            );
            if (!single)
                foreach (var p in outcome.Problems.Take(ProblemsShown))
                    ModelState.AddModelError(string.Empty, p);
            return Page();
        }
        TempData[PageKeys.SuccessMessage] =
            $"{outcome.Added + outcome.Replaced + outcome.Unchanged:N0} months of spending have been imported for {outcome.Schemes} scheme{(outcome.Schemes == 1 ? "" : "s")}: {outcome.Added:N0} new, {outcome.Replaced:N0} replaced, {outcome.Unchanged:N0} unchanged";
        return Redirect(this.Links().Schemes(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool || !pool.CanAddSchemes)
            return false;
        Pool = pool;
        Year = pool.YearOrDefault(null, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return true;
    }

    private IActionResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        return Page();
    }

    public static string TooLarge => SheetLimits.FinanceExport.TooLargeMessage;
}
