using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>
/// The specialists' dashboard figures, with the definitions of <see cref="PurchasingCompliance.Summarise"/> but worked out by
/// aggregate queries, so the database does the counting and summing and only the small results travel (a test checks that the two
/// agree). Compliance is the list's (<see cref="PurchaseList.Project"/>); values include VAT.
/// </summary>
public static class PurchasingDashboardQuery
{
    private static readonly PurchaseStatus[] Committed = [PurchaseStatus.Ordered, PurchaseStatus.Received, PurchaseStatus.Evaluated];
    private static readonly PurchaseStatus[] Dropped = [PurchaseStatus.Draft, PurchaseStatus.Rejected, PurchaseStatus.Cancelled];

    public static async Task<PurchasingDashboard> ReadAsync(AppDbContext db, IReadOnlyList<Guid> organisations, CancellationToken ct = default)
    {
        var requests = organisations.Count == 1
            ? db.PurchaseRequests.AsNoTracking().Where(p => p.OrganisationId == organisations[0])
            : db.PurchaseRequests.AsNoTracking().Where(p => organisations.Contains(p.OrganisationId));
        var rows = PurchaseList.Project(db, requests);

        var total = await requests.CountAsync(ct);
        var compliant = await rows.CountAsync(r => r.Compliant == true, ct);
        var notCompliant = await rows.CountAsync(r => r.Compliant == false, ct);
        var assessed = compliant + notCompliant;

        var routes = await requests.Where(p => p.ChosenRoute != null && !Dropped.Contains(p.Status))
            .GroupBy(p => p.ChosenRoute!.Value).Select(g => new { Route = g.Key, Count = g.Count() }).ToListAsync(ct);

        // Spend: the actual cost once received, else the estimate including VAT; committed purchases only.
        var spent = from p in requests.Where(p => Committed.Contains(p.Status))
                    join o in db.PurchaseOrders on p.Id equals o.PurchaseRequestId into orders
                    from o in orders.DefaultIfEmpty()
                    select new
                    {
                        p.Category,
                        Supplier = p.Quotes.Where(q => q.Id == p.ChosenQuoteId).Select(q => q.SupplierName).FirstOrDefault(),
                        Spend = o != null && o.ActualCost != null ? o.ActualCost.Value : p.IncludesVat ? p.EstimatedValue : p.EstimatedValue * 1.2m,
                    };
        var byDivision = await spent.Where(s => s.Category.Length == 10).GroupBy(s => s.Category.Substring(0, 2))
            .Select(g => new { Division = g.Key, Spend = g.Sum(s => s.Spend) }).ToListAsync(ct);
        var bySupplier = await spent.Where(s => s.Supplier != null).GroupBy(s => s.Supplier!)
            .Select(g => new { Supplier = g.Key, Spend = g.Sum(s => s.Spend) }).ToListAsync(ct);

        var vfm = await (from e in db.PurchaseEvaluations.AsNoTracking()
                         join p in requests on e.PurchaseRequestId equals p.Id
                         where e.ValueForMoney != null
                         group e by e.ValueForMoney into g
                         select new { Judgement = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);

        return new PurchasingDashboard(total, assessed, assessed == 0 ? null : (decimal)compliant / assessed,
            routes.ToDictionary(r => r.Route, r => r.Count),
            byDivision.ToDictionary(d => d.Division, d => d.Spend),
            bySupplier.ToDictionary(s => s.Supplier, s => s.Spend),
            vfm.ToDictionary(v => v.Judgement, v => v.Count));
    }

    /// <summary>The division's name from the CPV catalogue, e.g. "Medical equipments, pharmaceuticals and personal care products".</summary>
    public static string DivisionName(string division) =>
        CpvCatalogue.Standard.Entries.FirstOrDefault(e => e.Code.StartsWith(division + "000000", StringComparison.Ordinal)).Description ?? $"Division {division}";
}
