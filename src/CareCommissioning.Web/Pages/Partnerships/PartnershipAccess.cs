namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// Which partnerships a user sees: those with a partner organisation where the user holds a role the policy allows.
/// Everything else is "not found", so a guessed address reveals nothing. A user who leaves a partner organisation
/// loses the role there, and so the partnership, at their next request (roles are read on every request).
/// </summary>
public static class PartnershipAccess
{
    public static IQueryable<Partnership> Visible(AppDbContext db, CurrentUser user, string policy)
    {
        var orgs = user.OrganisationsFor(policy);
        return db
            .Partnerships.AsNoTracking()
            .Where(p => db.PartnershipPartners.Any(pp => pp.PartnershipId == p.Id && orgs.Contains(pp.OrganisationId)));
    }

    /// <summary>The list's filters, for the page and the API alike: by type, by status, and by a word in the
    /// name.</summary>
    public static IQueryable<Partnership> Filter(
        IQueryable<Partnership> query,
        string? search,
        ArrangementType? arrangement,
        PartnershipStatus? status
    )
    {
        if (arrangement is { } a && Enum.IsDefined(a))
            query = query.Where(p => p.Arrangement == a);
        if (status is { } s && Enum.IsDefined(s))
            query = query.Where(p => p.Status == s);
        if (TextSearch.Pattern(search) is { } pattern)
            query = query.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, TextSearch.Escape));
        return query;
    }

    public static Task<Partnership?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var orgs = user.OrganisationsFor(policy);
        var query = track ? db.Partnerships : db.Partnerships.AsNoTracking();
        return query.FirstOrDefaultAsync(p =>
            p.Id == id && db.PartnershipPartners.Any(pp => pp.PartnershipId == p.Id && orgs.Contains(pp.OrganisationId))
        );
    }

    /// <summary>The partners of a partnership with their organisations' names, host first, then by name.</summary>
    public static async Task<IReadOnlyList<PartnerRow>> PartnersAsync(AppDbContext db, Partnership partnership)
    {
        var rows = await (
            from pp in db.PartnershipPartners.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on pp.OrganisationId equals o.Id
            where pp.PartnershipId == partnership.Id
            select new { Partner = pp, o.Name }
        ).ToListAsync();
        return rows.Select(r => new PartnerRow(
                r.Partner,
                r.Name,
                r.Partner.OrganisationId == partnership.OrganisationId
            ))
            .OrderByDescending(r => r.IsHost)
            .ThenBy(r => r.Organisation, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public sealed record PartnerRow(PartnershipPartner Partner, string Organisation, bool IsHost);
}
