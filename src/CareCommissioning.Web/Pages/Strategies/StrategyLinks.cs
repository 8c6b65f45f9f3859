namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>The addresses of the strategy library's pages.</summary>
public static class StrategyLinks
{
    public static string Strategies(this LinkGenerator links) => links.Page("/Strategies/Index");

    public static string Strategy(this LinkGenerator links, Guid id) => links.Page("/Strategies/Details", new { id });

    public static string AddStrategy(this LinkGenerator links) => links.Page("/Strategies/Add");

    public static string EditStrategy(this LinkGenerator links, Guid id) => links.Page("/Strategies/Edit", new { id });

    public static string RenewStrategy(this LinkGenerator links, Guid id) =>
        links.Page("/Strategies/Renew", new { id });

    public static string StrategyHistory(this LinkGenerator links, Guid id) =>
        links.Page("/Strategies/History", new { id });

    /// <summary>The evaluations overdue or due soon (EV-P21).</summary>
    public static string StrategiesDue(this LinkGenerator links) => links.Page("/Strategies/Due");
}
