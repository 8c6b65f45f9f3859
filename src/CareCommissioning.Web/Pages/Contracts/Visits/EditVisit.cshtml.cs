namespace CareCommissioning.Web.Pages.Contracts.Visits;

/// <summary>Updating a monitoring visit, and recording what it found once done: versioned, so a save over someone's
/// newer one is refused with what differs and the answers kept.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class EditVisitModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<ContractVisit, VisitForm>(db, clock)
{
    private VisitDetails? _yours;

    protected override string ConflictText => ConflictMessages.Edited("visit");

    protected override async Task<ContractVisit?> FindAsync(Guid id, bool track)
    {
        var contract = await ContractAccess.FindWritableAsync(Db, user, id);
        if (contract is null || !Guid.TryParse(RouteData.Values["visitId"]?.ToString(), out var visitId))
            return null;
        var query = track ? Db.ContractVisits : Db.ContractVisits.AsNoTracking();
        return await query.FirstOrDefaultAsync(v => v.Id == visitId && v.ContractId == id);
    }

    protected override string NameOf(ContractVisit v) =>
        $"{(v.IsProactive ? "Planned visit" : "Reactive review")}, planned for {DateText.Format(v.PlannedOn)}";

    protected override VisitForm ToForm(ContractVisit v) => VisitForm.From(v);

    protected override void Apply(ContractVisit v, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), VisitRules.Validate(_yours, UkCalendar.DateOf(now)));
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(v);
        v.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(ContractVisit saved, ContractVisit yours) =>
        new FieldDifferences()
            .Compare("Who visited", saved.VisitedBy, _yours!.VisitedBy)
            .Compare("Evidence asked of the provider", saved.EvidenceRequested, _yours.EvidenceRequested)
            .Compare("Findings", saved.Findings, _yours.Findings)
            .Compare("Follow-up", saved.FollowUp, _yours.FollowUp)
            .ToList();

    protected override string SavedMessage(ContractVisit v) => "Your changes to the visit have been saved";

    protected override string DetailsPath(Guid id) => this.Links().Contract(id) + "#visits";
}
