namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>
/// Which strategies a user sees (EV-P2): their own organisations' and, where the owner shares it with partners, those
/// of organisations in a partnership with one of theirs. Only the owner's keepers change one. Everything else is "not
/// found", so a guessed address reveals nothing.
/// </summary>
public static class StrategyAccess
{
    public static IQueryable<Strategy> Visible(AppDbContext db, CurrentUser user)
    {
        var orgs = user.OrganisationsFor(Policies.EvaluationsRead);
        var partners = PartnerOrganisations(db, orgs);
        return db
            .Strategies.AsNoTracking()
            .Where(s =>
                orgs.Contains(s.OrganisationId) || (s.SharedWithPartners && partners.Contains(s.OrganisationId))
            );
    }

    /// <summary>The organisations in a partnership with one of <paramref name="orgs"/>, as a query to
    /// compose.</summary>
    public static IQueryable<Guid> PartnerOrganisations(AppDbContext db, IReadOnlyList<Guid> orgs) =>
        from mine in db.PartnershipPartners
        where orgs.Contains(mine.OrganisationId)
        join other in db.PartnershipPartners on mine.PartnershipId equals other.PartnershipId
        select other.OrganisationId;

    public static Task<Strategy?> FindVisibleAsync(AppDbContext db, CurrentUser user, Guid id) =>
        Visible(db, user).FirstOrDefaultAsync(s => s.Id == id);

    /// <summary>A strategy the user may change: one of an organisation where they keep evaluations.</summary>
    public static Task<Strategy?> FindToChangeAsync(AppDbContext db, CurrentUser user, Guid id, bool track = false)
    {
        var orgs = user.OrganisationsFor(Policies.EvaluationsWrite);
        var query = track ? db.Strategies : db.Strategies.AsNoTracking();
        return query.FirstOrDefaultAsync(s => s.Id == id && orgs.Contains(s.OrganisationId));
    }
}
