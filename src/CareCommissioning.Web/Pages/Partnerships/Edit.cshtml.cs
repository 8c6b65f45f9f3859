namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// Changing the arrangement, by the host's people, with optimistic concurrency: partners negotiate it, so a save over
/// someone else's newer one is refused and shown, and nothing is lost.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<Partnership, PartnershipForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("partnership");

    private PartnershipDetails? _yours;

    protected override string ConflictText => ConflictMessage;

    /// <summary>Only the host keeps the arrangement; partners see it and record their own constraints.</summary>
    protected override async Task<Partnership?> FindAsync(Guid id, bool track)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(Db, user, id, Policies.PartnershipsWrite, track);
        return partnership is not null && user.Can(Policies.PartnershipsWrite, partnership.OrganisationId)
            ? partnership
            : null;
    }

    protected override string NameOf(Partnership record) => record.Name;

    protected override PartnershipForm ToForm(Partnership record) => PartnershipForm.From(record);

    protected override void Apply(Partnership record, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), PartnershipRules.Validate(_yours));
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(record);
        record.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(Partnership saved, Partnership yours) =>
        PartnershipText.Between(PartnershipDetails.From(saved), _yours!);

    protected override string SavedMessage(Partnership record) => $"Your changes to '{record.Name}' have been saved";

    protected override string DetailsPath(Guid id) => $"/partnerships/{id}";
}
