namespace CareCommissioning.Web.Pages.Needs;

/// <summary>The addresses of the needs and money pages.</summary>
public static class NeedsLinks
{
    public static string ServiceLine(this LinkGenerator links, Guid id) => links.Page("/Needs/Details", new { id });

    public static string Budgets(this LinkGenerator links) => links.Page("/Needs/Budgets/Index");

    public static string BudgetHead(this LinkGenerator links, Guid id) =>
        links.Page("/Needs/Budgets/Details", new { id });

    public static string Variance(this LinkGenerator links) => links.Page("/Needs/Variance");

    public static string Resources(this LinkGenerator links) => links.Page("/Needs/Resources/Index");

    public static string Funding(this LinkGenerator links) => links.Page("/Needs/Funding/Index");

    public static string Virements(this LinkGenerator links) => links.Page("/Needs/Budgets/Virements");

    public static string Resource(this LinkGenerator links, Guid id) =>
        links.Page("/Needs/Resources/Details", new { id });
}
