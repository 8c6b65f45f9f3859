namespace CareCommissioning.Web.Pages.Evaluations.Full.Impacts;

/// <summary>Changes an impact (EV-P15). A save over someone's newer one is refused with what differs and the answers
/// kept.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<EvaluationImpact, ImpactForm>(db, clock),
        IImpactPage
{
    private StrategyEvaluation? _evaluation;
    private EvaluationImpact? _yours;
    private IReadOnlyList<FieldError> _errors = [];

    public ImpactChoices Choices { get; private set; } = default!;

    private Guid ImpactId => Guid.TryParse(RouteData.Values["impactId"]?.ToString(), out var g) ? g : Guid.Empty;

    protected override string ConflictText => ConflictMessages.Edited("impact");

    protected override async Task<EvaluationImpact?> FindAsync(Guid id, bool track)
    {
        _evaluation ??= await EvaluationAccess.FindToChangeAsync(Db, user, id);
        if (_evaluation is null)
            return null;
        var query = track ? Db.EvaluationImpacts : Db.EvaluationImpacts.AsNoTracking();
        var impact = await query.FirstOrDefaultAsync(i => i.Id == ImpactId && i.EvaluationId == id);
        if (impact is not null && track)
        {
            Choices = await ImpactChoices.LoadAsync(Db, _evaluation, impact.Id);
            _yours = Input.ToAnswers().ToImpact(impact.Id, impact.OrganisationId, id);
            _errors = await FullEvaluationCommands.CheckImpactAsync(Db, _evaluation, _yours);
        }
        else if (impact is not null && Choices is null)
            Choices = await ImpactChoices.LoadAsync(Db, _evaluation, impact.Id);
        return impact;
    }

    protected override string NameOf(EvaluationImpact i) => i.Title;

    protected override ImpactForm ToForm(EvaluationImpact i) => ImpactForm.From(i, Choices.Outcomes);

    protected override void Apply(EvaluationImpact i, DateTimeOffset now)
    {
        ModelState.AddDomainErrors(nameof(Input), _errors);
        if (ModelState.IsValid)
            ImpactAnswers.Copy(_yours!, i, now);
    }

    protected override IReadOnlyList<FieldDifference> Differences(EvaluationImpact saved, EvaluationImpact yours) =>
        new FieldDifferences()
            .Compare("Impact", saved.Title, yours.Title)
            .Compare("Description", saved.Description, yours.Description)
            .Compare(
                "Direction",
                ImpactDirectionNames.Display(saved.Direction),
                ImpactDirectionNames.Display(yours.Direction)
            )
            .Compare("Term", ImpactTermNames.Display(saved.Term), ImpactTermNames.Display(yours.Term))
            .Compare(
                "Importance",
                ImpactImportanceNames.Display(saved.Importance),
                ImpactImportanceNames.Display(yours.Importance)
            )
            .Compare(
                "Certainty",
                ImpactCertaintyNames.Display(saved.Certainty),
                ImpactCertaintyNames.Display(yours.Certainty)
            )
            .Compare("Who it affects", saved.Affects, yours.Affects)
            .ToList();

    protected override string SavedMessage(EvaluationImpact i) => $"Your changes to '{i.Title}' have been saved";

    protected override string DetailsPath(Guid id) => this.Links().EvaluationImpacts(id);
}
