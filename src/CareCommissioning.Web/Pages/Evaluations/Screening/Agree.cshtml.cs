namespace CareCommissioning.Web.Pages.Evaluations.Screening;

/// <summary>Agreeing the latest draft as the final report (EV-P10), not before its feedback period has closed; the
/// evaluation then moves to the full evaluation or closes, as the report recommends.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AgreeModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : ScreeningPageModel(db, user, clock)
{
    public sealed class AgreeForm
    {
        public string? AgreedBy { get; set; }
        public DateInputModel AgreedOn { get; set; } = new();
    }

    [BindProperty]
    public AgreeForm Input { get; set; } = new();

    protected override IReadOnlyCollection<string> Fields =>
        [nameof(ReportAgreement.AgreedBy), nameof(ReportAgreement.AgreedOn)];

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id, track: true))
            return NotFound();
        var agreedOn = DateOf(Input.AgreedOn, nameof(Input.AgreedOn), "The date agreed");
        return await SaveAsync(
            id,
            () =>
                ScreeningCommands.RunAsync(Db, Evaluation, Version, e =>
                    e.AgreeFinalReport(Input.AgreedBy, agreedOn, Person.DisplayName, Today)
                ),
            "The final report has been agreed"
        );
    }
}
