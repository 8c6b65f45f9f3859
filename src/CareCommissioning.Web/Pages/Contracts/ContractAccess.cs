namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>
/// Which contracts a user sees, for every list, page, download and endpoint: the staff of the commissioning
/// organisation see its contracts; a provider's users see only the contracts naming their organisation as provider.
/// Everything else is "not found", the same as an id that does not exist, so a guessed address reveals nothing.
/// </summary>
public static class ContractAccess
{
    /// <summary>The organisations whose contracts the user sees as staff (any role the read policy allows but
    /// Provider).</summary>
    public static IReadOnlyList<Guid> StaffOrganisations(CurrentUser user) =>
        user
            .Memberships.Where(m =>
                m.Role != Role.Provider && Policies.RolesFor[Policies.ContractsRead].Contains(m.Role)
            )
            .Select(m => m.OrganisationId)
            .Distinct()
            .ToList();

    /// <summary>The provider organisations the user acts for.</summary>
    public static IReadOnlyList<Guid> ProviderOrganisations(CurrentUser user) =>
        user.Memberships.Where(m => m.Role == Role.Provider).Select(m => m.OrganisationId).Distinct().ToList();

    public static IQueryable<Contract> Visible(AppDbContext db, CurrentUser user, bool track = false)
    {
        var staff = StaffOrganisations(user);
        var providers = ProviderOrganisations(user);
        var query = track ? db.Contracts : db.Contracts.AsNoTracking();
        return query.Where(c =>
            staff.Contains(c.OrganisationId)
            || (c.ProviderOrganisationId != null && providers.Contains(c.ProviderOrganisationId.Value))
        );
    }

    public static Task<Contract?> FindVisibleAsync(AppDbContext db, CurrentUser user, Guid id) =>
        Visible(db, user).FirstOrDefaultAsync(c => c.Id == id);

    /// <summary>A contract the user may change: one of an organisation where they keep contracts.</summary>
    public static Task<Contract?> FindWritableAsync(AppDbContext db, CurrentUser user, Guid id, bool track = false)
    {
        var orgs = user.OrganisationsFor(Policies.ContractsWrite);
        var query = track ? db.Contracts : db.Contracts.AsNoTracking();
        return query.FirstOrDefaultAsync(c => c.Id == id && orgs.Contains(c.OrganisationId));
    }

    /// <summary>A contract whose variations the user may decide: one of an organisation where they decide.</summary>
    public static Task<Contract?> FindDecidableAsync(AppDbContext db, CurrentUser user, Guid id)
    {
        var orgs = user.OrganisationsFor(Policies.Decide);
        return db.Contracts.FirstOrDefaultAsync(c => c.Id == id && orgs.Contains(c.OrganisationId));
    }
}
