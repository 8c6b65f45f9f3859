namespace CareCommissioning.Web.Pages.Risks;

/// <summary>The addresses of the risk register's pages.</summary>
public static class RiskLinks
{
    public static string Risks(this LinkGenerator links) => links.Page("/Risks/Index");

    public static string Risk(this LinkGenerator links, Guid id) => links.Page("/Risks/Details", new { id });
}
