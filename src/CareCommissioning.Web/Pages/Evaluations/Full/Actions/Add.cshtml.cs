namespace CareCommissioning.Web.Pages.Evaluations.Full.Actions;

/// <summary>Plans an action for an agreed recommendation (EV-P19): its owner, due date, and the risks of taking it and
/// of not taking it, written into the risk register. No owner or a past due date is refused, nothing saved.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel, IActionPage
{
    [BindProperty]
    public ActionForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? RecommendationId { get; set; }
    public StrategyEvaluation Evaluation { get; private set; } = default!;
    public StrategyRecommendation? Recommendation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var answers = Input.ToAnswers(ModelState, nameof(Input));
        ModelState.AddDomainErrors(
            nameof(Input),
            FullEvaluationCommands.CheckAction(Evaluation, Recommendation, answers, null, UkCalendar.Today(clock))
        );
        if (!ModelState.IsValid)
            return Page();
        var now = clock.GetUtcNow();
        var action = new EvaluationAction
        {
            OrganisationId = Evaluation.OrganisationId,
            EvaluationId = Evaluation.Id,
            RecommendationId = Recommendation!.Id,
            Text = "",
            Owner = "",
            CreatedAt = now,
        };
        FullEvaluationCommands.ApplyAction(db, action, answers, (null, null), now);
        db.EvaluationActions.Add(action);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The action has been planned and its risks added to the risk register";
        return Redirect(this.Links().EvaluationRecommendations(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return false;
        Evaluation = e;
        Recommendation = RecommendationId is { } rid
            ? await db
                .StrategyRecommendations.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Id == rid && r.EvaluationId == id)
            : null;
        return true;
    }
}
