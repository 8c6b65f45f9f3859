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
    ValueForMoneyJudgement? ValueForMoney);

public sealed record PurchasingDashboard(
    int Purchases,
    int Assessed,
    decimal? ComplianceRate,
    IReadOnlyDictionary<PurchaseRoute, int> RoutesUsed,
    IReadOnlyDictionary<string, decimal> SpendByDivision,
    IReadOnlyDictionary<string, decimal> SpendBySupplier,
    IReadOnlyDictionary<ValueForMoneyJudgement, int> ValueForMoney);

/// <summary>
/// The specialists' dashboard figures (issue 5 §6), from summaries so they need no database. Spend counts purchases that were
/// ordered or later, at the actual cost when received and the estimate before. Drafts, rejected and cancelled purchases are
/// counted in neither spend nor routes. Compliance rate = compliant ÷ purchases assessed (null when none was).
/// </summary>
public static class PurchasingCompliance
{
    private static readonly PurchaseStatus[] Committed = [PurchaseStatus.Ordered, PurchaseStatus.Received, PurchaseStatus.Evaluated];
    private static readonly PurchaseStatus[] Dropped = [PurchaseStatus.Draft, PurchaseStatus.Rejected, PurchaseStatus.Cancelled];

    public static PurchasingDashboard Summarise(IReadOnlyCollection<PurchaseSummary> purchases)
    {
        var assessed = purchases.Where(p => p.Compliant is not null).ToList();
        var rate = assessed.Count == 0 ? (decimal?)null : (decimal)assessed.Count(p => p.Compliant == true) / assessed.Count;
        var routes = purchases.Where(p => p.Route is not null && !Dropped.Contains(p.Status))
            .GroupBy(p => p.Route!.Value).ToDictionary(g => g.Key, g => g.Count());
        var spent = purchases.Where(p => Committed.Contains(p.Status)).ToList();
        var byDivision = spent.Where(p => CpvCode.IsWellFormed(p.Category))
            .GroupBy(p => CpvCode.Division(p.Category)).ToDictionary(g => g.Key, g => g.Sum(Spend));
        var bySupplier = spent.Where(p => p.SupplierName is not null)
            .GroupBy(p => p.SupplierName!).ToDictionary(g => g.Key, g => g.Sum(Spend));
        var vfm = purchases.Where(p => p.ValueForMoney is not null).GroupBy(p => p.ValueForMoney!.Value).ToDictionary(g => g.Key, g => g.Count());
        return new(purchases.Count, assessed.Count, rate, routes, byDivision, bySupplier, vfm);
    }

    private static decimal Spend(PurchaseSummary p) => p.ActualCost ?? p.EstimatedValue;
}
