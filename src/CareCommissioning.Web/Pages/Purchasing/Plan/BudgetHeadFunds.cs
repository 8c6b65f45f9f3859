namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// What is left in each budget head this financial year for purchases (PU-P3): its money for the year less the
/// purchases already approved or ordered against it in the year (at actual cost once received, otherwise at the
/// estimate including VAT).
/// </summary>
public static class BudgetHeadFunds
{
    public sealed record Funds(Guid HeadId, string Name, decimal Budget, decimal Committed)
    {
        public decimal Left => Budget - Committed;
    }

    private static readonly PurchaseStatus[] Committing =
    [
        PurchaseStatus.Approved,
        PurchaseStatus.Ordered,
        PurchaseStatus.Received,
        PurchaseStatus.Evaluated,
    ];

    public static async Task<IReadOnlyList<Funds>> ForAsync(
        AppDbContext db,
        Guid organisationId,
        DateOnly today,
        Guid? excluding = null
    )
    {
        var year = FinancialYear.Containing(today);
        var heads = await db
            .BudgetHeads.AsNoTracking()
            .Where(h => h.OrganisationId == organisationId && !h.Archived)
            .OrderBy(h => h.Name)
            .Select(h => new { h.Id, h.Name })
            .ToListAsync();
        var ids = heads.Select(h => h.Id).ToList();
        var budgets = await db
            .BudgetAllocations.AsNoTracking()
            .Where(a => ids.Contains(a.BudgetHeadId) && a.Year == year.StartYear)
            .ToDictionaryAsync(a => a.BudgetHeadId, a => a.Amount);
        // One query, filtered to the year in SQL: a purchase counts in the year it was ordered, or (not yet ordered)
        // decided.
        var yearStart = new DateTimeOffset(year.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var yearEnd = yearStart.AddYears(1);
        var rows = await (
            from p in db.PurchaseRequests.AsNoTracking()
            where
                p.OrganisationId == organisationId
                && p.BudgetHeadId != null
                && Committing.Contains(p.Status)
                && p.Id != excluding
            join o in db.PurchaseOrders.AsNoTracking() on p.Id equals o.PurchaseRequestId into orders
            from o in orders.DefaultIfEmpty()
            where
                o != null
                    ? o.IssuedOn >= year.Start && o.IssuedOn <= year.End
                    : (p.DecidedAt ?? p.CreatedAt) >= yearStart && (p.DecidedAt ?? p.CreatedAt) < yearEnd
            select new
            {
                Head = p.BudgetHeadId!.Value,
                p.EstimatedValue,
                p.IncludesVat,
                Ordered = o != null,
                Actual = o != null ? o.ActualCost : null,
                Amount = o != null ? o.Amount : 0m,
            }
        ).ToListAsync();
        var spent = rows.GroupBy(r => r.Head)
            .ToDictionary(
                g => g.Key,
                g =>
                    g.Sum(r =>
                        r.Ordered ? r.Actual ?? r.Amount : RouteCalculator.IncludingVat(r.EstimatedValue, r.IncludesVat)
                    )
            );
        return heads
            .Select(h => new Funds(h.Id, h.Name, budgets.GetValueOrDefault(h.Id), spent.GetValueOrDefault(h.Id)))
            .ToList();
    }
}
