namespace CareCommissioning.Web.Pages.Admin;

/// <summary>
/// What the signed-in administrator may manage: the organisations in which they hold the Administrator role,
/// and the users who hold any role in one of those. Anything else is "not found" to them.
/// </summary>
public sealed class AdminScope(AppDbContext db, CurrentUser me)
{
    public IReadOnlyList<Guid> OrganisationIds { get; } = me.OrganisationsFor(Policies.Administer);

    public string MyId => me.Id;

    public bool Administers(Guid organisationId) => OrganisationIds.Contains(organisationId);

    /// <summary>Users with at least one role in an organisation this administrator administers.</summary>
    public IQueryable<ApplicationUser> Users()
    {
        var orgs = OrganisationIds.ToList();
        return db.Users.Where(u => db.Memberships.Any(m => m.UserId == u.Id && orgs.Contains(m.OrganisationId)));
    }

    public Task<ApplicationUser?> FindUserAsync(string id, CancellationToken ct = default) =>
        Users().FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>Like <see cref="FindUserAsync"/>, but never the administrator themself: for changes nobody may make to
    /// their own account from the admin pages (disabling it would leave nobody to enable it again).</summary>
    public async Task<ApplicationUser?> FindSomeoneElseAsync(string id) => id == MyId ? null : await FindUserAsync(id);

    /// <summary>The organisations in which this administrator can grant roles: theirs, not archived, by name.</summary>
    public Task<List<Organisation>> GrantableOrganisationsAsync(CancellationToken ct = default)
    {
        var orgs = OrganisationIds.ToList();
        return db
            .Organisations.AsNoTracking()
            .Where(o => orgs.Contains(o.Id) && !o.Archived)
            .OrderBy(o => o.Name)
            .ToListAsync(ct);
    }
}
