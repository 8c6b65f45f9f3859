namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>The addresses of the purchasing pages.</summary>
public static class PurchasingLinks
{
    public static string Purchasing(this LinkGenerator links) => links.Page("/Purchasing/Index");

    public static string Purchase(this LinkGenerator links, Guid id) => links.Page("/Purchasing/Overview", new { id });

    public static string PurchaseAdvice(this LinkGenerator links, Guid id) =>
        links.Page("/Purchasing/Make/Advice", new { id });

    public static string PurchaseQuotes(this LinkGenerator links, Guid id) =>
        links.Page("/Purchasing/Make/Quotes", new { id });

    public static string PurchaseCancel(this LinkGenerator links, Guid id) =>
        links.Page("/Purchasing/Stop/Cancel", new { id });

    public static string PurchaseWithdraw(this LinkGenerator links, Guid id) =>
        links.Page("/Purchasing/Stop/Withdraw", new { id });

    public static string PurchaseEvaluation(this LinkGenerator links, Guid id) =>
        links.Page("/Purchasing/Evaluate/Evaluation", new { id });

    public static string PurchasesAll(this LinkGenerator links) => links.Page("/Purchasing/Lists/All");

    public static string PurchasingDashboard(this LinkGenerator links) => links.Page("/Purchasing/Lists/Dashboard");

    public static string PurchasingRules(this LinkGenerator links) => links.Page("/Purchasing/Rules/Index");

    public static string PurchasingRuleVersion(this LinkGenerator links, int number, Guid organisationId) =>
        links.Page("/Purchasing/Rules/Version", new { number, organisationId });

    public static string PurchasingChange(this LinkGenerator links, Guid id) =>
        links.Page("/Purchasing/Changes/Details", new { id });
}
