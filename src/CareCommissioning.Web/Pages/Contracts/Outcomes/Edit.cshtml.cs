namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>
/// Assessing and settling an outcome (CD-P2, P4, P5, P7): its measure, its implications, any conflict and how it was
/// resolved, and the recommendation to specify it. A save over someone's newer one is refused with what differs and
/// the answers kept.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<ContractOutcome, OutcomeForm>(db, clock)
{
    private ContractOutcomeDetails? _yours;

    public OutcomeSource Source { get; private set; }

    protected override string ConflictText => ConflictMessages.Edited("outcome");

    protected override async Task<ContractOutcome?> FindAsync(Guid id, bool track)
    {
        var found = await OutcomeAccess.FindAsync(Db, user, id, Policies.ContractsWrite, track);
        if (found is not null)
            Source = found.Source;
        return found;
    }

    protected override string NameOf(ContractOutcome o) => o.Title;

    protected override OutcomeForm ToForm(ContractOutcome o) => OutcomeForm.From(o);

    protected override void Apply(ContractOutcome o, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), OutcomeCommands.Check(o, _yours, now));
        if (ModelState.IsValid)
            OutcomeCommands.Apply(o, _yours, now);
    }

    protected override IReadOnlyList<FieldDifference> Differences(ContractOutcome saved, ContractOutcome yours)
    {
        var (theirs, mine) = (ContractOutcomeDetails.From(saved), _yours!);
        return new FieldDifferences()
            .Compare("Outcome", theirs.Title, mine.Title)
            .Compare("Indicator", theirs.Indicator, mine.Indicator)
            .Compare("Target", theirs.Target, mine.Target)
            .Compare("Cost", theirs.CostImplications, mine.CostImplications)
            .Compare("Resources", theirs.ResourceImplications, mine.ResourceImplications)
            .Compare("Risk", theirs.RiskImplications, mine.RiskImplications)
            .Compare("Sustainability", theirs.SustainabilityImplications, mine.SustainabilityImplications)
            .Compare("Conflict", theirs.Conflict, mine.Conflict)
            .Compare("How it was resolved", theirs.Resolution, mine.Resolution)
            .Compare("Recommended", theirs.Recommended ? "Yes" : "No", mine.Recommended ? "Yes" : "No")
            .Compare("How it will be specified", theirs.HowSpecified, mine.HowSpecified)
            .Compare("How the provider will evidence it", theirs.HowEvidenced, mine.HowEvidenced)
            .ToList();
    }

    protected override string SavedMessage(ContractOutcome o) => $"Your changes to '{o.Title}' have been saved";

    protected override string DetailsPath(Guid id) => this.Links().ContractOutcome(id);
}
