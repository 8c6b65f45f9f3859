namespace CareCommissioning.Web.Pages.Evaluations.Screening;

/// <summary>What the preliminary assessment found against each agreed criterion (EV-P6, P8).</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class FindingsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : ScreeningPageModel(db, user, clock)
{
    public sealed class FindingRow
    {
        public Guid CriterionId { get; set; }
        public string? Finding { get; set; }
    }

    public sealed class FindingsForm
    {
        public List<FindingRow> Findings { get; set; } = [];
    }

    [BindProperty]
    public FindingsForm Input { get; set; } = new();

    protected override IReadOnlyCollection<string> Fields => [];

    protected override string KeyFor(string field)
    {
        var index = Evaluation.Screening.Criteria.FindIndex(c => field == $"Findings[{c.Id}]");
        return index < 0 ? "" : $"Input.Findings[{index}].Finding";
    }

    protected override void Fill() =>
        Input.Findings = Evaluation
            .Screening.Criteria.Select(c => new FindingRow { CriterionId = c.Id, Finding = c.Finding })
            .ToList();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id, track: true))
            return NotFound();
        // Rows are matched to the criteria by position, as the page lists them.
        var findings = Evaluation
            .Screening.Criteria.Select((c, i) => (c.Id, Input.Findings.ElementAtOrDefault(i)?.Finding))
            .ToDictionary(x => x.Id, x => x.Finding);
        return await SaveAsync(
            id,
            () => ScreeningCommands.RunAsync(Db, Evaluation, Version, e => e.RecordFindings(findings)),
            "The findings have been recorded"
        );
    }
}
