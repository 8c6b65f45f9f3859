namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>The KPIs of a contract an action may be about, and a KPI's latest rating.</summary>
public static class ActionLookups
{
    public static async Task<IReadOnlyList<SelectListItem>> KpiItemsAsync(AppDbContext db, Guid contractId) =>
        [
            new("Select a KPI", ""),
            .. (await MonitoringAccess.KpisAsync(db, contractId)).Select(k => new SelectListItem(
                k.Name,
                k.Id.ToString()
            )),
        ];

    /// <summary>The rating of the KPI's latest value, or null when it is not the contract's or has none.</summary>
    public static async Task<PerformanceRating?> LatestRatingAsync(AppDbContext db, Guid contractId, Guid? kpiId)
    {
        if (kpiId is not { } id)
            return null;
        var kpi = await db
            .ContractKpis.AsNoTracking()
            .FirstOrDefaultAsync(k => k.Id == id && k.ContractId == contractId);
        if (kpi is null)
            return null;
        var latest = await db
            .ContractKpiValues.AsNoTracking()
            .Where(v => v.KpiId == id)
            .OrderByDescending(v => v.PeriodStart)
            .Select(v => (decimal?)v.Value)
            .FirstOrDefaultAsync();
        return latest is { } value ? KpiRating.Rate(kpi.Definition, value).Rating : null;
    }
}
