namespace CareCommissioning.Web.Pages.Needs;

/// <summary>Demand for the base year and up to ten years ahead, each with its basis and source (OA-P1). A blank volume
/// removes that year.</summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class DemandModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class Row
    {
        public int Year { get; set; }
        public string? Volume { get; set; }
        public string? Basis { get; set; }
        public string? Source { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public ServiceLine Line { get; private set; } = default!;

    public static IEnumerable<SelectListItem> BasisItems =>
        Enum.GetValues<DemandBasis>().Select(b => new SelectListItem(DemandBasisNames.Display(b), b.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite);
        if (line is null)
            return NotFound();
        Line = line;
        var figures = (await ServiceLineAccess.FiguresAsync(db, id)).ToDictionary(f => f.Year);
        Rows = Years(line)
            .Select(y =>
                figures.TryGetValue(y, out var f)
                    ? new Row
                    {
                        Year = y,
                        Volume = NumberInput.Plain(f.Volume),
                        Basis = f.Basis.ToString(),
                        Source = f.Source,
                    }
                    : new Row
                    {
                        Year = y,
                        Basis = (y == line.BaseYear ? DemandBasis.Actual : DemandBasis.Forecast).ToString(),
                    }
            )
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (line is null)
            return NotFound();
        Line = line;
        var wanted = new Dictionary<int, (decimal Volume, DemandBasis Basis, string? Source)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var label = $"Volume in {new FinancialYear(row.Year)}";
            if (string.IsNullOrWhiteSpace(row.Volume))
                continue;
            if (!NumberInput.TryParseNumber(row.Volume, out var volume))
            {
                ModelState.AddModelError($"Rows[{i}].Volume", $"{label} must be a number, like 1,250 or 12.5");
                continue;
            }
            if (!Enum.TryParse<DemandBasis>(row.Basis, out var basis) || !Enum.IsDefined(basis))
            {
                ModelState.AddModelError(
                    $"Rows[{i}].Basis",
                    $"Select the basis of the figure for {new FinancialYear(row.Year)}"
                );
                continue;
            }
            var source = string.IsNullOrWhiteSpace(row.Source) ? null : row.Source.Trim();
            if (ServiceLineRules.ValidateFigure(line.BaseYear, row.Year, volume, source) is { } problem)
            {
                ModelState.AddModelError(
                    problem.StartsWith("Source") ? $"Rows[{i}].Source" : $"Rows[{i}].Volume",
                    $"{new FinancialYear(row.Year)}: {problem}"
                );
                continue;
            }
            if (!wanted.TryAdd(row.Year, (volume, basis, source)))
                ModelState.AddModelError($"Rows[{i}].Volume", $"{new FinancialYear(row.Year)} is given twice");
        }
        if (!ModelState.IsValid)
            return Page();

        var existing = await db.DemandFigures.Where(f => f.ServiceLineId == id).ToListAsync();
        foreach (var figure in existing.Where(f => !wanted.ContainsKey(f.Year)))
            db.DemandFigures.Remove(figure);
        foreach (var (year, (volume, basis, source)) in wanted)
        {
            var figure = existing.FirstOrDefault(f => f.Year == year);
            if (figure is null)
                db.DemandFigures.Add(figure = new DemandFigure { ServiceLineId = id, Year = year });
            figure.Volume = volume;
            figure.Basis = basis;
            figure.Source = source;
        }
        line.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"Demand for {line.Name} has been saved";
        return Redirect(this.Links().ServiceLine(id));
    }

    private static IEnumerable<int> Years(ServiceLine line) =>
        Enumerable.Range(line.BaseYear, ServiceLineRules.MaxProjectedYears + 1);
}
