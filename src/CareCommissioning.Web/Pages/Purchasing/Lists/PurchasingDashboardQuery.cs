namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>
/// The specialists' dashboard figures, with the definitions of <see cref="PurchasingCompliance.Summarise"/> but worked
/// out by aggregate queries, so the database does the counting and summing and only the small results travel (a test
/// checks that the two agree). Compliance and spend are the requests' list columns (<see
/// cref="Pages.Purchasing.Lists.PurchaseListColumns"/>); values include VAT.
/// </summary>
public static class PurchasingDashboardQuery
{
    // The domain's list, as an array EF can send as a parameter.
    private static readonly PurchaseStatus[] Dropped = [.. PurchasingCompliance.Dropped];

    public static async Task<PurchasingDashboard> ReadAsync(
        AppDbContext db,
        IReadOnlyList<Guid> organisations,
        CancellationToken ct = default
    )
    {
        var requests =
            organisations.Count == 1
                ? db.PurchaseRequests.AsNoTracking().Where(p => p.OrganisationId == organisations[0])
                : db.PurchaseRequests.AsNoTracking().Where(p => organisations.Contains(p.OrganisationId));

        var total = await requests.CountAsync(ct);
        var compliance = await requests
            .Where(p => p.Compliant != null)
            .GroupBy(p => p.Compliant)
            .Select(g => new { Compliant = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var compliant = compliance.Where(c => c.Compliant == true).Sum(c => c.Count);
        var assessed = compliance.Sum(c => c.Count);

        var routes = await requests
            .Where(p => p.ChosenRoute != null && !Dropped.Contains(p.Status))
            .GroupBy(p => p.ChosenRoute!.Value)
            .Select(g => new { Route = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        // Spend is the request's committed-spend column (the actual cost once received, else the estimate including
        // VAT; null before the order), summed as decimal by the database: exact on both providers.
        var spent = requests.Where(p => p.CommittedSpend != null);
        var byDivision = await spent
            .Where(p => p.Category.Length == 10)
            .GroupBy(p => p.Category.Substring(0, 2))
            .Select(g => new { Division = g.Key, Spend = g.Sum(p => p.CommittedSpend!.Value) })
            .ToListAsync(ct);
        var bySupplier = await spent
            .Where(p => p.ChosenSupplierName != null)
            .GroupBy(p => p.ChosenSupplierName!)
            .Select(g => new { Supplier = g.Key, Spend = g.Sum(p => p.CommittedSpend!.Value) })
            .ToListAsync(ct);

        var vfm = await (
            from e in db.PurchaseEvaluations.AsNoTracking()
            join p in requests on e.PurchaseRequestId equals p.Id
            where e.ValueForMoney != null
            group e by e.ValueForMoney into g
            select new { Judgement = g.Key!.Value, Count = g.Count() }
        ).ToListAsync(ct);

        return new PurchasingDashboard(
            total,
            assessed,
            assessed == 0 ? null : (decimal)compliant / assessed,
            routes.ToDictionary(r => r.Route, r => r.Count),
            byDivision.ToDictionary(d => d.Division, d => d.Spend),
            bySupplier.ToDictionary(s => s.Supplier, s => s.Spend),
            vfm.ToDictionary(v => v.Judgement, v => v.Count)
        );
    }

    /// <summary>The division's name from the CPV catalogue, e.g. "Medical equipments, pharmaceuticals and personal care
    /// products".</summary>
    public static string DivisionName(string division) =>
        CpvCatalogue
            .Standard.Entries.FirstOrDefault(e => e.Code.StartsWith(division + "000000", StringComparison.Ordinal))
            .Description
        ?? $"Division {division}";
}
