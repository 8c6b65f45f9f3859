namespace CareCommissioning.Web.Pages.Evaluations.Full.Actions;

/// <summary>Changes an action and its risks (EV-P19), or marks it done. A save over someone's newer one is refused
/// with what differs and the answers kept.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<EvaluationAction, ActionForm>(db, clock),
        IActionPage
{
    private readonly TimeProvider _clock = clock;
    private StrategyEvaluation? _evaluation;
    private StrategyRecommendation? _recommendation;
    private (Risk? OfAction, Risk? OfInaction) _risks;

    private Guid ActionId => Guid.TryParse(RouteData.Values["actionId"]?.ToString(), out var g) ? g : Guid.Empty;

    public EvaluationAction? Held { get; private set; }

    protected override string ConflictText => ConflictMessages.Edited("action");

    protected override async Task<EvaluationAction?> FindAsync(Guid id, bool track)
    {
        _evaluation ??= await EvaluationAccess.FindToChangeAsync(Db, user, id);
        if (_evaluation is null)
            return null;
        var query = track ? Db.EvaluationActions : Db.EvaluationActions.AsNoTracking();
        var a = await query.FirstOrDefaultAsync(x => x.Id == ActionId && x.EvaluationId == id);
        if (a is null)
            return null;
        Held ??= a;
        _recommendation ??= await Db
            .StrategyRecommendations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == a.RecommendationId);
        _risks = track
            ? await FullEvaluationCommands.TrackedRisksAsync(Db, a)
            : (await FullEvaluationCommands.RisksAsync(Db, [a]))[a.Id];
        return a;
    }

    protected override string NameOf(EvaluationAction a) => a.Text;

    protected override ActionForm ToForm(EvaluationAction a) => ActionForm.From(a, _risks);

    protected override void Apply(EvaluationAction a, DateTimeOffset now)
    {
        var answers = Input.ToAnswers(ModelState, nameof(Input));
        ModelState.AddDomainErrors(
            nameof(Input),
            FullEvaluationCommands.CheckAction(_evaluation!, _recommendation, answers, a.DueOn, UkCalendar.DateOf(now))
        );
        if (ModelState.IsValid)
            FullEvaluationCommands.ApplyAction(Db, a, answers, _risks, now);
    }

    /// <summary>Marks the action done on the date given.</summary>
    public async Task<IActionResult> OnPostDoneAsync(Guid id)
    {
        if (await FindAsync(id, track: true) is not { } a)
            return NotFound();
        var completed = Input.CompletedOn;
        Input = ActionForm.From(a, _risks);
        Input.CompletedOn = completed;
        if (Input.CompletedOn.TryParse("The date it was done", out var on) is { } problem)
            ModelState.AddModelError("Input.CompletedOn", problem);
        var errors = a.Complete(on, UkCalendar.Today(_clock));
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (!ModelState.IsValid)
            return Page();
        a.UpdatedAt = _clock.GetUtcNow();
        await Db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The action has been marked as done";
        return Redirect(DetailsPath(id));
    }

    protected override IReadOnlyList<FieldDifference> Differences(EvaluationAction saved, EvaluationAction yours) =>
        new FieldDifferences()
            .Compare("Action", saved.Text, yours.Text)
            .Compare("Owner", saved.Owner, yours.Owner)
            .Compare("Due", DateText.Format(saved.DueOn), DateText.Format(yours.DueOn))
            .ToList();

    protected override string SavedMessage(EvaluationAction a) => "Your changes to the action have been saved";

    protected override string DetailsPath(Guid id) => this.Links().EvaluationRecommendations(id);
}
