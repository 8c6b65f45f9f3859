namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>The evaluation's results in easy read (PB-P19): short sentences, one idea a line, large text, no figures
/// without words.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class EasyReadModel(AppDbContext db, CurrentUser user) : PageModel
{
    public EvaluationScope Scope { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid evaluationId)
    {
        var scope = await EvaluationScope.FindAsync(db, user, id, evaluationId);
        if (scope is null)
            return NotFound();
        Scope = scope;
        return Page();
    }
}
