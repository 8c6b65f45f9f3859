namespace CareCommissioning.Web.Pages.Evaluations.Full.Recommendations;

/// <summary>Changes a recommendation not yet decided (EV-P17). A save over someone's newer one is refused with what
/// differs and the answers kept.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<StrategyRecommendation, RecommendationForm>(db, clock),
        IRecommendationPage
{
    private StrategyEvaluation? _evaluation;
    private StrategyRecommendation? _yours;
    private IReadOnlyList<FieldError> _errors = [];

    public RecommendationChoices Choices { get; private set; } = default!;

    private Guid RecommendationId =>
        Guid.TryParse(RouteData.Values["recommendationId"]?.ToString(), out var g) ? g : Guid.Empty;

    protected override string ConflictText => ConflictMessages.Edited("recommendation");

    protected override async Task<StrategyRecommendation?> FindAsync(Guid id, bool track)
    {
        _evaluation ??= await EvaluationAccess.FindToChangeAsync(Db, user, id);
        if (_evaluation is null)
            return null;
        var query = track ? Db.StrategyRecommendations : Db.StrategyRecommendations.AsNoTracking();
        var r = await query.FirstOrDefaultAsync(x => x.Id == RecommendationId && x.EvaluationId == id);
        if (r is not null && Choices is null)
            Choices = await RecommendationChoices.LoadAsync(Db, _evaluation);
        if (r is not null && track)
        {
            _yours = Input.ToAnswers().ToRecommendation(r.OrganisationId, id);
            _errors = await FullEvaluationCommands.CheckRecommendationAsync(Db, _evaluation, _yours, r);
        }
        return r;
    }

    protected override string NameOf(StrategyRecommendation r) => r.Text;

    protected override RecommendationForm ToForm(StrategyRecommendation r) => RecommendationForm.From(r);

    protected override void Apply(StrategyRecommendation r, DateTimeOffset now)
    {
        ModelState.AddDomainErrors(nameof(Input), _errors);
        if (ModelState.IsValid)
            RecommendationAnswers.Copy(_yours!, r, now);
    }

    protected override IReadOnlyList<FieldDifference> Differences(
        StrategyRecommendation saved,
        StrategyRecommendation yours
    ) =>
        new FieldDifferences()
            .Compare("Recommendation", saved.Text, yours.Text)
            .Compare("Why", saved.Rationale, yours.Rationale)
            .Compare("Developed with", saved.DevelopedWith, yours.DevelopedWith)
            .ToList();

    protected override string SavedMessage(StrategyRecommendation r) =>
        "Your changes to the recommendation have been saved";

    protected override string DetailsPath(Guid id) => this.Links().EvaluationRecommendations(id);
}
