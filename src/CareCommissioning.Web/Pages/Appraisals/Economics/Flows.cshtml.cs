using CareCommissioning.Web.Pages.Needs;

namespace CareCommissioning.Web.Pages.Appraisals.Economics;

/// <summary>
/// A short-listed option's costs and benefits for each year of the appraisal, in real base-year prices. Costs can be
/// filled from the commitment of the service line the appraisal addresses, so do nothing starts from the demand already
/// recorded.
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class FlowsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class Row
    {
        public int Year { get; set; }
        public string? Cost { get; set; }
        public string? Benefit { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];
    public OptionEntry Option { get; private set; } = default!;
    public string? ServiceLineName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid optionId)
    {
        if (await Find(id, optionId, forChange: false) is { } refused)
            return refused;
        Rows = Enumerable
            .Range(0, Appraisal.HorizonYears + 1)
            .Select(y => new Row
            {
                Year = y,
                Cost = Amount(Option.Costs, y),
                Benefit = Amount(Option.Benefits, y),
            })
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid optionId)
    {
        if (await Find(id, optionId, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        var costs = new List<YearAmount>();
        var benefits = new List<YearAmount>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var label = Appraisal.YearLabel(row.Year);
            Read(row.Cost, $"Rows[{i}].Cost", $"Cost in {label}", costs, row.Year);
            Read(row.Benefit, $"Rows[{i}].Benefit", $"Benefit in {label}", benefits, row.Year);
        }
        if (
            costs.Select(c => c.Year).Distinct().Count() != costs.Count
            || benefits.Select(c => c.Year).Distinct().Count() != benefits.Count
        )
            ModelState.AddModelError(string.Empty, "A year is given twice");
        if (!ModelState.IsValid)
            return Invalid();
        Option.Costs = costs;
        Option.Benefits = benefits;
        return await SaveAsync($"Costs and benefits of {Option.Name} have been saved")
            ?? Redirect(Path("/economic-case"));
    }

    /// <summary>Fills the costs with the service line's commitment in real base-year terms, year by year.</summary>
    public async Task<IActionResult> OnPostFromServiceLineAsync(Guid id, Guid optionId)
    {
        if (await Find(id, optionId, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        var line = Appraisal.ServiceLineId is { } lineId
            ? await ServiceLineAccess.FindVisibleAsync(Db, Current, lineId, Policies.NeedsRead)
            : null;
        var commitment = line is null
            ? []
            : ServiceLineRules.Commitment(line, await ServiceLineAccess.FiguresAsync(Db, line.Id));
        var costs = commitment
            .Select(c => new YearAmount { Year = c.Year.StartYear - Appraisal.BaseYear, Amount = c.Real })
            .Where(c => c.Year >= 0 && c.Year <= Appraisal.HorizonYears)
            .ToList();
        if (costs.Count == 0)
        {
            ModelState.AddModelError(
                string.Empty,
                "The service line has no demand in the years of this appraisal, so there is nothing to copy"
            );
            await OnGetAsync(id, optionId);
            return Invalid();
        }
        Option.Costs = costs;
        return await SaveAsync(
            $"Costs of {Option.Name} now follow the commitment of {line!.Name}, in {Appraisal.BaseFinancialYear} prices"
        ) ?? Redirect(Path($"/options/{optionId}/flows"));
    }

    private void Read(string? text, string key, string label, List<YearAmount> into, int year)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        if (!NumberInput.TryParseMoney(text, out var amount))
        {
            ModelState.AddModelError(key, $"{label} must be an amount in pounds, like 125,000");
            return;
        }
        if (AppraisalRules.ValidateAmount(year, amount, Appraisal.HorizonYears, label) is { } problem)
        {
            ModelState.AddModelError(key, problem);
            return;
        }
        if (amount != 0)
            into.Add(new YearAmount { Year = year, Amount = amount });
    }

    private async Task<IActionResult?> Find(Guid id, Guid optionId, bool forChange)
    {
        if (await LoadAsync(id, forChange) is { } refused)
            return refused;
        if (Appraisal.Content.Option(optionId) is not { ShortListed: true } option)
            return NotFound();
        Option = option;
        ServiceLineName = Appraisal.ServiceLineId is { } line
            ? await Db.ServiceLines.Where(s => s.Id == line).Select(s => s.Name).FirstOrDefaultAsync()
            : null;
        return null;
    }

    private static string? Amount(IEnumerable<YearAmount> flows, int year) =>
        flows.Where(f => f.Year == year).Select(f => (decimal?)f.Amount).Sum() is { } a && a != 0
            ? NumberInput.Plain(Math.Round(a, 2))
            : null;
}
