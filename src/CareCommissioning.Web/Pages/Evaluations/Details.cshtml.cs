using CareCommissioning.Web.Pages.Evaluations.Full;

namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// One evaluation of a strategy or policy, as a task list through its stages: preparing the information and the
/// preliminary assessment (EV-P1…P10), then the full evaluation and acting on it (EV-P11…P21, <see
/// cref="FullEvaluationSummary"/>).
/// </summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public StrategyEvaluation Evaluation { get; private set; } = default!;
    public Strategy? Strategy { get; private set; }
    public bool CanChange { get; private set; }
    public FullEvaluationSummary Full { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } evaluation)
            return NotFound();
        Evaluation = evaluation;
        CanChange = EvaluationAccess.Keeps(user, evaluation);
        Strategy = await EvaluationAccess.StrategyOfAsync(db, evaluation);
        Full = await FullEvaluationSummary.LoadAsync(db, evaluation, CanChange);
        return Page();
    }
}
