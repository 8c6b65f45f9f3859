namespace CareCommissioning.Web.Pages.Evaluations.Full.Results;

/// <summary>The results of the evaluation presented to the relevant people (EV-P18): a print-ready page with the
/// strategy, the status and plan, the wider aims, the impacts as a matrix, chart and table, and the recommendations
/// with the evidence behind each and their actions.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public FullEvaluationView View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } e)
            return NotFound();
        View = await FullEvaluationView.LoadAsync(db, e, false);
        return Page();
    }
}
