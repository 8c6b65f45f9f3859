namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// A partnership the user sees, with its partners and what the user may do as a partner: each partner's own writers
/// keep that partner's records (its contributions, its sign-off), and the host's writers keep the agreement's terms
/// (decision 0019). Loaded once per request by every page and endpoint over the agreement and contributions.
/// </summary>
public sealed class PartnershipMembership
{
    private readonly CurrentUser _user;

    private PartnershipMembership(
        Partnership partnership,
        IReadOnlyList<PartnershipAccess.PartnerRow> partners,
        CurrentUser user
    )
    {
        (Partnership, Partners, _user) = (partnership, partners, user);
    }

    public Partnership Partnership { get; }

    /// <summary>Host first, then by name.</summary>
    public IReadOnlyList<PartnershipAccess.PartnerRow> Partners { get; }

    public IReadOnlyCollection<Guid> PartnerIds => Partners.Select(r => r.Partner.Id).ToList();

    /// <summary>The partners whose records the user keeps.</summary>
    public IReadOnlyList<PartnershipAccess.PartnerRow> Mine => Partners.Where(r => WritesFor(r.Partner.Id)).ToList();

    /// <summary>Whether the user keeps the agreement's terms: a writer of the host.</summary>
    public bool KeepsTerms => _user.Can(Policies.PartnershipsWrite, Partnership.OrganisationId);

    public bool WritesFor(Guid partnerId) =>
        Partners.FirstOrDefault(r => r.Partner.Id == partnerId) is { } row
        && _user.Can(Policies.PartnershipsWrite, row.Partner.OrganisationId);

    /// <summary>A partner row's organisation name, or "" for a row not in the partnership.</summary>
    public string NameOf(Guid partnerId) => Partners.FirstOrDefault(r => r.Partner.Id == partnerId)?.Organisation ?? "";

    /// <summary>The partnership if the user sees it, or null: "not found" for everyone else.</summary>
    public static async Task<PartnershipMembership?> LoadAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        bool track = false
    )
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead, track);
        return partnership is null
            ? null
            : new PartnershipMembership(partnership, await PartnershipAccess.PartnersAsync(db, partnership), user);
    }

    public static IEnumerable<SelectListItem> PartnerItems(IEnumerable<PartnershipAccess.PartnerRow> rows) =>
        rows.Select(r => new SelectListItem(r.Organisation, r.Partner.Id.ToString()));
}
