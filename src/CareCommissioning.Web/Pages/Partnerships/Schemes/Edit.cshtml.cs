namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>
/// Changing a scheme, by its lead partner's writers or the host's, with optimistic concurrency: partners may change it
/// at once, so a save over someone's newer one is refused (409), what differs is shown, and the answers are kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<PartnershipScheme, SchemeForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("scheme");

    private SchemeDetails? _yours;

    public PoolContext Pool { get; private set; } = default!;

    protected override string ConflictText => ConflictMessage;

    private Guid PartnershipId =>
        Guid.TryParse(RouteData.Values["partnershipId"]?.ToString(), out var p) ? p : Guid.Empty;

    protected override async Task<PartnershipScheme?> FindAsync(Guid id, bool track)
    {
        if (await SchemeAccess.FindAsync(Db, user, PartnershipId, id, track) is not var (pool, scheme))
            return null;
        Pool = pool;
        return pool.MayChange(scheme.LeadPartnerId) ? scheme : null;
    }

    protected override string NameOf(PartnershipScheme record) => record.Name;

    protected override SchemeForm ToForm(PartnershipScheme record) => SchemeForm.From(record);

    protected override void Apply(PartnershipScheme record, DateTimeOffset now)
    {
        _yours = Input.ToDetails();
        var others = Db
            .PartnershipSchemes.AsNoTracking()
            .Where(s => s.PartnershipId == record.PartnershipId && s.Id != record.Id)
            .Select(s => s.Name)
            .ToList();
        ModelState.AddDomainErrors(nameof(Input), SchemeRules.Validate(_yours, Pool.PartnerIds, others));
        // A lead may hand the scheme to another partner; a partner that does not lead it may not take it.
        if (
            _yours.LeadPartnerId is { } lead
            && lead != record.LeadPartnerId
            && !Pool.MayChange(lead)
            && !Pool.IsHostWriter
        )
            ModelState.AddModelError(
                "Input.LeadPartnerId",
                "Only the host can give the scheme to a partner you are not part of"
            );
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(record);
        record.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(PartnershipScheme saved, PartnershipScheme yours) =>
        SchemeForm.Between(saved, _yours!, Pool.NameOf);

    protected override string SavedMessage(PartnershipScheme record) =>
        $"Your changes to '{record.Name}' have been saved";

    protected override string DetailsPath(Guid id) => this.Links().Scheme(PartnershipId, id);
}
