namespace CareCommissioning.Web.Pages.Evaluations.Full.Recommendations;

/// <summary>
/// The evaluation's recommendations (EV-P17…P20): each with the impacts, evidence and proposals behind it, its
/// decision, what it started (linked) and its actions with the risks of action and inaction; who received them
/// (EV-P18) and the accessible presentations of the results.
/// </summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public FullEvaluationView View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } e)
            return NotFound();
        View = await FullEvaluationView.LoadAsync(db, e, EvaluationAccess.Keeps(user, e));
        return Page();
    }
}
