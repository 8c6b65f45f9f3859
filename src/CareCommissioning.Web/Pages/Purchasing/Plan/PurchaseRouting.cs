namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// The organisation's rules in force applied to a draft's category and value (PU-P4), as the question pages, the
/// submission and the API all need it, and the check that its budget head is one of the organisation's.
/// </summary>
public static class PurchaseRouting
{
    /// <summary>
    /// Records the recommended route, quotes required and rule version. With <paramref name="followRecommendation"/>
    /// (an answer changed) a chosen route that followed the old recommendation follows the new one; without it (the
    /// API, which sends the route chosen) the choice is kept, the recommended one when none is chosen. Returns why it
    /// cannot be worked out, or null.
    /// </summary>
    public static async Task<FieldError?> WorkOutAsync(
        AppDbContext db,
        PurchaseRequest r,
        DateOnly today,
        bool followRecommendation
    )
    {
        if (CpvCode.Normalise(r.Category) is null || r.EstimatedValue <= 0)
            return new FieldError(
                nameof(PurchaseRequest.RecommendedRoute),
                "Give the CPV category and the estimated value, so the rules can be applied"
            );
        var (routeRequest, rules) = await PurchaseAccess.RouteRequestAsync(
            db,
            r,
            r.EstimatedValue,
            r.IncludesVat,
            today
        );
        if (RouteCalculator.Validate(routeRequest).FirstOrDefault() is { } problem)
            return new FieldError(nameof(PurchaseRequest.RecommendedRoute), problem.Message);
        var decision = RouteCalculator.Decide(routeRequest);
        if (followRecommendation)
            r.RecalculateRoute(decision, rules);
        else
        {
            r.ApplyRoute(decision, rules);
            if (!r.DepartsFromRecommendation)
                r.DepartureReason = null;
        }
        return null;
    }

    /// <summary>The budget head must be a current one of the purchase's organisation.</summary>
    public static async Task<IReadOnlyList<FieldError>> BudgetHeadProblemsAsync(AppDbContext db, PurchaseRequest r) =>
        r.BudgetHeadId is { } head
        && !await db.BudgetHeads.AnyAsync(h => h.Id == head && h.OrganisationId == r.OrganisationId && !h.Archived)
            ? [new FieldError(nameof(PurchaseRequest.BudgetHeadId), "Select a budget head of your organisation")]
            : [];
}
