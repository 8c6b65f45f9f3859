namespace CareCommissioning.Domain.Purchasing;

/// <summary>What the dashboard needs of one purchase; values include VAT.</summary>
public sealed record PurchaseSummary(
    Guid Id,
    PurchaseStatus Status,
    PurchaseRoute? Route,
    string Category,
    Guid? SupplierId,
    string? SupplierName,
    decimal EstimatedValue,
    decimal? ActualCost,
    bool? Compliant,
    ValueForMoneyJudgement? ValueForMoney
);

public sealed record PurchasingDashboard(
    int Purchases,
    int Assessed,
    decimal? ComplianceRate,
    IReadOnlyDictionary<PurchaseRoute, int> RoutesUsed,
    IReadOnlyDictionary<string, decimal> SpendByDivision,
    IReadOnlyDictionary<string, decimal> SpendBySupplier,
    IReadOnlyDictionary<ValueForMoneyJudgement, int> ValueForMoney
);

/// <summary>
/// The specialists' dashboard figures (issue 5 §6), from summaries so they need no database. Spend counts purchases
/// that were ordered or later, at the actual cost when received and the estimate before. Drafts, rejected and cancelled
/// purchases are counted in neither spend nor routes. Compliance rate = compliant ÷ purchases assessed (null when none
/// was).
/// </summary>
public static class PurchasingCompliance
{
    private static readonly PurchaseStatus[] Committed =
    [
        PurchaseStatus.Ordered,
        PurchaseStatus.Received,
        PurchaseStatus.Evaluated,
    ];

    /// <summary>Statuses whose route does not count among the routes used: never submitted, refused or
    /// cancelled.</summary>
    public static readonly IReadOnlyList<PurchaseStatus> Dropped =
    [
        PurchaseStatus.Draft,
        PurchaseStatus.Rejected,
        PurchaseStatus.Cancelled,
    ];

    public static PurchasingDashboard Summarise(IReadOnlyCollection<PurchaseSummary> purchases)
    {
        var assessed = purchases.Where(p => p.Compliant is not null).ToList();
        var rate =
            assessed.Count == 0 ? (decimal?)null : (decimal)assessed.Count(p => p.Compliant == true) / assessed.Count;
        var routes = purchases
            .Where(p => p.Route is not null && !Dropped.Contains(p.Status))
            .GroupBy(p => p.Route!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        var spent = purchases.Where(p => IsCommitted(p.Status)).ToList();
        var byDivision = spent
            .Where(p => CpvCode.IsWellFormed(p.Category))
            .GroupBy(p => CpvCode.Division(p.Category))
            .ToDictionary(g => g.Key, g => g.Sum(Spend));
        var bySupplier = spent
            .Where(p => p.SupplierName is not null)
            .GroupBy(p => p.SupplierName!)
            .ToDictionary(g => g.Key, g => g.Sum(Spend));
        var vfm = purchases
            .Where(p => p.ValueForMoney is not null)
            .GroupBy(p => p.ValueForMoney!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        return new(purchases.Count, assessed.Count, rate, routes, byDivision, bySupplier, vfm);
    }

    private static decimal Spend(PurchaseSummary p) => p.ActualCost ?? p.EstimatedValue;

    /// <summary>True once the order has been placed (ordered, received or evaluated): only then is compliance
    /// known.</summary>
    public static bool IsCommitted(PurchaseStatus status) => Committed.Contains(status);

    /// <summary>
    /// Whether the purchase followed the rules, as the lists and the dashboard count it: unknown (null) until the order
    /// is placed, then <see cref="PurchaseMeasures.Compliance"/> with advice counted as needed when a specialist was
    /// asked for it. Needs the request's quotes and advice.
    /// </summary>
    public static bool? Outcome(PurchaseRequest r, PurchaseOrder? order) =>
        IsCommitted(r.Status)
            ? PurchaseMeasures.Compliance(r, order, adviceWasNeeded: r.Advice.Count > 0).Compliant
            : null;

    /// <summary>What a purchase counts in spend: nothing before it is ordered, then the actual cost once known, else
    /// the estimate including VAT.</summary>
    public static decimal? SpendOf(PurchaseStatus status, decimal estimateIncludingVat, decimal? actualCost) =>
        IsCommitted(status) ? actualCost ?? estimateIncludingVat : null;

    /// <summary>An amount in whole pence, rounded down: £4,999.995 is 499,999p, so it is below a £5,000 band exactly as
    /// the pounds are.</summary>
    public static long WholePence(decimal pounds) => (long)decimal.Floor(pounds * 100m);
}
