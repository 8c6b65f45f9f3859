namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>
/// Who sees a purchase (issue 5 item 8): the person who asked for it; procurement specialists and auditors of its
/// organisation; and, while it awaits approval, anyone there whose role carries a delegated approval limit. Nobody sees
/// another organisation's.
/// </summary>
public static class PurchaseAccess
{
    public static async Task<PurchaseRequest?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        DateOnly today,
        bool track = false
    )
    {
        var query = (track ? db.PurchaseRequests : db.PurchaseRequests.AsNoTracking())
            .Include(p => p.Quotes)
            .Include(p => p.Advice)
            .AsSplitQuery();
        var r = await query.FirstOrDefaultAsync(p => p.Id == id);
        return r is not null && await CanSeeAsync(db, user, r, today) ? r : null;
    }

    public static async Task<bool> CanSeeAsync(AppDbContext db, CurrentUser user, PurchaseRequest r, DateOnly today)
    {
        if (r.RequestedByUserId == user.Id)
            return true;
        if (user.Can(Policies.PurchasesAll, r.OrganisationId))
            return true;
        return r.Status is PurchaseStatus.AwaitingApproval
            && await ApprovalLimitAsync(db, user, r.OrganisationId, today) != 0m;
    }

    /// <summary>The user's delegated limit in the organisation's rules in force: null means no limit, 0 no
    /// authority.</summary>
    public static async Task<decimal?> ApprovalLimitAsync(
        AppDbContext db,
        CurrentUser user,
        Guid organisationId,
        DateOnly today
    ) => ApprovalLimit(user, organisationId, await RulesInForceAsync(db, organisationId, today));

    /// <summary>The user's delegated limit under rules already read (the organisation's in force, or null when it has
    /// none).</summary>
    public static decimal? ApprovalLimit(CurrentUser user, Guid organisationId, PurchasingRuleSet? rules)
    {
        var roles = user.Memberships.Where(m => m.OrganisationId == organisationId).Select(m => m.Role).ToList();
        // No rules means no authority; a rule with no limit (null) must stay null, not become 0.
        return rules is null ? 0m : rules.ApprovalLimitFor(roles);
    }

    public static Task<PurchasingRuleSet?> RulesInForceAsync(AppDbContext db, Guid organisationId, DateOnly on) =>
        Rules.PurchasingRuleVersions.InForceAsync(db, organisationId, on);

    /// <summary>
    /// The organisation's rules in force applied to a purchase's category and a value (the estimate when planning, the
    /// chosen quote when approving): the request the route calculator takes, with the rules it used.
    /// </summary>
    public static async Task<(RouteRequest Request, PurchasingRuleSet? Rules)> RouteRequestAsync(
        AppDbContext db,
        PurchaseRequest r,
        decimal value,
        bool includesVat,
        DateOnly today
    )
    {
        var rules = await RulesInForceAsync(db, r.OrganisationId, today);
        return (await RouteRequestAsync(db, r, value, includesVat, today, rules), rules);
    }

    /// <summary>The same with the rules in force already read.</summary>
    public static async Task<RouteRequest> RouteRequestAsync(
        AppDbContext db,
        PurchaseRequest r,
        decimal value,
        bool includesVat,
        DateOnly today,
        PurchasingRuleSet? rules
    ) => new(await AuthorityTypeAsync(db, r.OrganisationId), r.Category, value, includesVat, today, rules);

    public static async Task<AuthorityType> AuthorityTypeAsync(AppDbContext db, Guid organisationId) =>
        PurchasingRules.AuthorityTypeOf(
            await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Type).SingleAsync()
        );
}
