namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>
/// Writing the evaluation (PB-P16, P17): each partner's impact, what people who use services and other stakeholders
/// said, how well pooling worked and the areas to develop, and the results in plain words. Any partner's writers may;
/// a save over someone's newer one is refused and shown, with the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<PartnershipEvaluation, EvaluationForm>(db, clock)
{
    public EvaluationScope Scope { get; private set; } = default!;

    private Guid PartnershipId => Guid.Parse((string)RouteData.Values["partnershipId"]!);

    protected override string ConflictText => ConflictMessages.Edited("evaluation");

    protected override async Task<PartnershipEvaluation?> FindAsync(Guid id, bool track)
    {
        var scope = await EvaluationScope.FindAsync(Db, user, PartnershipId, id, track);
        if (scope is null || !scope.CanWrite(user))
            return null;
        Scope = scope;
        return scope.Evaluation;
    }

    protected override string NameOf(PartnershipEvaluation record) => record.Title;

    protected override EvaluationForm ToForm(PartnershipEvaluation record) => EvaluationForm.From(Scope);

    protected override void Apply(PartnershipEvaluation record, DateTimeOffset now)
    {
        Input.ApplyTo(record, ModelState, Scope.Partners.Select(p => p.Partner.Id).ToList());
        record.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(
        PartnershipEvaluation saved,
        PartnershipEvaluation yours
    ) =>
        new FieldDifferences()
            .Compare("Title", saved.Title, yours.Title)
            .Compare("What people said", saved.Feedback, yours.Feedback)
            .Compare("How well pooling worked", saved.Reflection, yours.Reflection)
            .Compare("Areas to develop", saved.AreasForDevelopment, yours.AreasForDevelopment)
            .Compare("The results in plain words", saved.PlainSummary, yours.PlainSummary)
            .Compare("Impact on each partner", Impacts(saved), Impacts(yours))
            .ToList();

    private string Impacts(PartnershipEvaluation e) =>
        string.Join(
            "; ",
            e.Impacts.Select(i =>
                $"{Scope.PartnerName(i.PartnerId)}: {ImpactJudgementNames.Display(i.Judgement)}. {i.Impact}"
            )
        );

    protected override string DetailsPath(Guid id) => this.Links().Evaluation(PartnershipId, id);
}
