namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>The addresses of a contract's monitoring pages.</summary>
public static class MonitoringLinks
{
    public static string AddContractKpi(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Monitoring/AddKpi", new { id });

    public static string EditContractKpi(this LinkGenerator links, Guid id, Guid kpiId) =>
        links.Page("/Contracts/Monitoring/EditKpi", new { id, kpiId });

    public static string ContractReturn(this LinkGenerator links, Guid id, DateOnly periodStart) =>
        links.Page(
            "/Contracts/Monitoring/Return",
            new
            {
                id,
                periodStart = periodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }
        );

    public static string AddContractAction(this LinkGenerator links, Guid id, Guid? kpiId = null) =>
        links.Page("/Contracts/Monitoring/AddAction", new { id, kpiId });

    public static string EditContractAction(this LinkGenerator links, Guid id, Guid actionId) =>
        links.Page("/Contracts/Monitoring/EditAction", new { id, actionId });
}
