using CareCommissioning.Web.Pages.Evaluations.Full;

namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// One evaluation of a strategy or policy, as a task list through its stages: preparing the information and the
/// preliminary assessment (EV-P1…P10), then the full evaluation and acting on it (EV-P11…P21, <see
/// cref="FullEvaluationSummary"/>). Staff of an invited organisation see it read only, with a link to send views.
/// </summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public StrategyEvaluation Evaluation { get; private set; } = default!;
    public Strategy? Strategy { get; private set; }
    public bool CanChange { get; private set; }
    public FullEvaluationSummary Full { get; private set; } = default!;
    public IReadOnlyList<(Guid Id, string Name)> Participants { get; private set; } = [];
    public int EvidenceCount { get; private set; }
    public int ExchangeCount { get; private set; }
    public IReadOnlyList<EvaluationSharing> Sharings { get; private set; } = [];
    public IReadOnlyDictionary<int, int> FeedbackCounts { get; private set; } = new Dictionary<int, int>();
    public int ContributionCount { get; private set; }
    public int Unreplied { get; private set; }

    /// <summary>Whether the person may send views (their organisation is invited, or runs it).</summary>
    public bool CanTakePart { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } evaluation)
            return NotFound();
        Evaluation = evaluation;
        CanChange = EvaluationAccess.Keeps(user, evaluation);
        Strategy = await EvaluationAccess.StrategyOfAsync(db, evaluation);
        Full = await FullEvaluationSummary.LoadAsync(db, evaluation, CanChange);
        Participants = await EvaluationAccess.ParticipantsAsync(db, id);
        EvidenceCount = await db.EvaluationEvidence.CountAsync(e => e.EvaluationId == id);
        ExchangeCount = await db.InformationExchanges.CountAsync(x => x.EvaluationId == id);
        Sharings = await SharingCommands.SharingsAsync(db, id, null);
        FeedbackCounts = await ContributionCommands.FeedbackCountsAsync(db, id);
        ContributionCount = await db.EvaluationContributions.CountAsync(c => c.EvaluationId == id);
        Unreplied = await db.EvaluationContributions.CountAsync(c => c.EvaluationId == id && c.Response == null);
        CanTakePart = await EvaluationAccess.FindVisibleAsync(db, user, id, Policies.EvaluationsTakePart) is not null;
        return Page();
    }

    /// <summary>A task's status tag: done, started or not started.</summary>
    public static (string Text, string Class) Tag(bool done, bool started = false) =>
        done ? ("Completed", "")
        : started ? ("In progress", "govuk-tag--light-blue")
        : ("Not started", "govuk-tag--grey");
}
