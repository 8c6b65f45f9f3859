using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>
/// What is left in each budget head this financial year for purchases (PU-P3): its money for the year less the purchases already
/// approved or ordered against it in the year (at actual cost once received, otherwise at the estimate including VAT).
/// </summary>
public static class BudgetHeadFunds
{
    public sealed record Funds(Guid HeadId, string Name, decimal Budget, decimal Committed)
    {
        public decimal Left => Budget - Committed;
    }

    private static readonly PurchaseStatus[] Committing = [PurchaseStatus.Approved, PurchaseStatus.Ordered, PurchaseStatus.Received, PurchaseStatus.Evaluated];

    public static async Task<IReadOnlyList<Funds>> ForAsync(AppDbContext db, Guid organisationId, DateOnly today, Guid? excluding = null)
    {
        var year = FinancialYear.Containing(today);
        var heads = await db.BudgetHeads.AsNoTracking().Where(h => h.OrganisationId == organisationId && !h.Archived).OrderBy(h => h.Name)
            .Select(h => new { h.Id, h.Name }).ToListAsync();
        var ids = heads.Select(h => h.Id).ToList();
        var budgets = await db.BudgetAllocations.AsNoTracking().Where(a => ids.Contains(a.BudgetHeadId) && a.Year == year.StartYear)
            .ToDictionaryAsync(a => a.BudgetHeadId, a => a.Amount);
        var purchases = await db.PurchaseRequests.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.BudgetHeadId != null && Committing.Contains(p.Status) && p.Id != excluding)
            .Select(p => new { p.Id, p.BudgetHeadId, p.EstimatedValue, p.IncludesVat, p.DecidedAt, p.CreatedAt }).ToListAsync();
        var orders = await db.PurchaseOrders.AsNoTracking().Where(o => o.OrganisationId == organisationId)
            .Select(o => new { o.PurchaseRequestId, o.ActualCost, o.Amount, o.IssuedOn }).ToDictionaryAsync(o => o.PurchaseRequestId);
        var spent = purchases
            .Where(p => FinancialYear.Containing(orders.TryGetValue(p.Id, out var o) ? o.IssuedOn : DateOnly.FromDateTime((p.DecidedAt ?? p.CreatedAt).UtcDateTime)).StartYear == year.StartYear)
            .GroupBy(p => p.BudgetHeadId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(p => orders.TryGetValue(p.Id, out var o) ? o.ActualCost ?? o.Amount : RouteCalculator.IncludingVat(p.EstimatedValue, p.IncludesVat)));
        return heads.Select(h => new Funds(h.Id, h.Name, budgets.GetValueOrDefault(h.Id), spent.GetValueOrDefault(h.Id))).ToList();
    }
}
