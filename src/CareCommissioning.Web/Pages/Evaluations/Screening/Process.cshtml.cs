namespace CareCommissioning.Web.Pages.Evaluations.Screening;

/// <summary>Agreeing the preliminary assessment's process and criteria with the partners (EV-P6); an assessment with
/// no criteria is refused and nothing is saved.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class ProcessModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : ScreeningPageModel(db, user, clock)
{
    public sealed class ProcessForm
    {
        public string? Process { get; set; }
        public string? Criteria { get; set; }
        public string? AgreedWith { get; set; }
        public DateInputModel AgreedOn { get; set; } = new();
    }

    [BindProperty]
    public ProcessForm Input { get; set; } = new();

    protected override IReadOnlyCollection<string> Fields =>
        [
            nameof(EvaluationScreening.Process),
            nameof(EvaluationScreening.Criteria),
            nameof(EvaluationScreening.AgreedWith),
            nameof(EvaluationScreening.AgreedOn),
        ];

    protected override void Fill()
    {
        var s = Evaluation.Screening;
        Input.Process = s.Process;
        Input.Criteria = string.Join("\n", s.Criteria.Select(c => c.Text));
        Input.AgreedWith = s.AgreedWith;
        Input.AgreedOn = DateInputModel.From(s.AgreedOn);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id, track: true))
            return NotFound();
        var agreedOn = DateOf(Input.AgreedOn, nameof(Input.AgreedOn), "The date agreed");
        return await SaveAsync(
            id,
            () =>
                ScreeningCommands.RunAsync(Db, Evaluation, Version, e =>
                    e.AgreeProcess(
                        Input.Process,
                        ScreeningCommands.Lines(Input.Criteria),
                        Input.AgreedWith,
                        agreedOn,
                        Today
                    )
                ),
            "The process and criteria have been agreed"
        );
    }
}
