namespace CareCommissioning.Web.Pages.Evaluations.Full.Recommendations;

/// <summary>Records an evidence-based recommendation developed with those involved (EV-P17); one linked to nothing is
/// refused, nothing saved.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel, IRecommendationPage
{
    [BindProperty]
    public RecommendationForm Input { get; set; } = new();
    public StrategyEvaluation Evaluation { get; private set; } = default!;
    public RecommendationChoices Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return NotFound();
        (Evaluation, Choices) = (e, await RecommendationChoices.LoadAsync(db, e));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return NotFound();
        (Evaluation, Choices) = (e, await RecommendationChoices.LoadAsync(db, e));
        var r = Input.ToAnswers().ToRecommendation(e.OrganisationId, e.Id);
        ModelState.AddDomainErrors(
            nameof(Input),
            await FullEvaluationCommands.CheckRecommendationAsync(db, e, r, null)
        );
        if (!ModelState.IsValid)
            return Page();
        r.CreatedAt = r.UpdatedAt = clock.GetUtcNow();
        db.StrategyRecommendations.Add(r);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The recommendation has been recorded";
        return Redirect(this.Links().EvaluationRecommendations(id));
    }
}
