namespace CareCommissioning.Web.Pages.Evaluations.Screening;

/// <summary>
/// Issuing the next version of the draft report for feedback (EV-P8, P9), with the feedback on the previous version
/// beside the form so the amendments answer it (EV-P10). The invited organisations' people are told it is open.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class DraftModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : ScreeningPageModel(db, user, clock)
{
    public const string Yes = "yes";
    public const string No = "no";

    public sealed class DraftForm
    {
        public string? Findings { get; set; }
        public string? RecommendsFullEvaluation { get; set; }
        public string? Reason { get; set; }
        public string? Amendments { get; set; }
        public DateInputModel FeedbackClosesOn { get; set; } = new();
    }

    [BindProperty]
    public DraftForm Input { get; set; } = new();

    public IReadOnlyList<EvaluationContribution> PreviousFeedback { get; private set; } = [];

    public static IEnumerable<SelectListItem> RecommendItems =>
        [new("Yes, a full evaluation is recommended", Yes), new("No, a full evaluation is not needed", No)];

    protected override IReadOnlyCollection<string> Fields =>
        [
            nameof(ReportVersion.Findings),
            nameof(ReportVersion.RecommendsFullEvaluation),
            nameof(ReportVersion.Reason),
            nameof(ReportVersion.Amendments),
            nameof(ReportVersion.FeedbackClosesOn),
        ];

    protected override void Fill()
    {
        if (Evaluation.LatestReport is not { } last)
            return;
        Input.Findings = last.Findings;
        Input.RecommendsFullEvaluation = last.RecommendsFullEvaluation ? Yes : No;
        Input.Reason = last.Reason;
    }

    protected override async Task LoadAsync()
    {
        if (Evaluation.LatestReport is { } last)
            PreviousFeedback = (await ContributionCommands.AllAsync(Db, Evaluation.Id))
                .Where(c => c.Kind == EvaluationContributionKind.ReportFeedback && c.ReportVersion == last.Number)
                .ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id, track: true))
            return NotFound();
        var closes = DateOf(Input.FeedbackClosesOn, nameof(Input.FeedbackClosesOn), "The date feedback closes");
        var answers = new ScreeningCommands.DraftAnswers(
            Input.Findings,
            Input.RecommendsFullEvaluation switch
            {
                Yes => true,
                No => false,
                _ => null,
            },
            Input.Reason,
            Input.Amendments,
            closes
        );
        return await SaveAsync(
            id,
            () => ScreeningCommands.IssueDraftAsync(Db, Person, Evaluation, Version, answers, Clock.GetUtcNow(), Today),
            "The draft report has been issued for feedback, and the organisations taking part have been told"
        );
    }
}
