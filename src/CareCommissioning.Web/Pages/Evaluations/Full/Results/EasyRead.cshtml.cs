namespace CareCommissioning.Web.Pages.Evaluations.Full.Results;

/// <summary>The results of the evaluation in easy read (EV-P18): short sentences on what was found and what will
/// change.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class EasyReadModel(AppDbContext db, CurrentUser user) : PageModel
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
