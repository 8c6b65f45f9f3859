namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>The addresses of the stakeholder register's pages.</summary>
public static class StakeholderLinks
{
    public static string Stakeholders(this LinkGenerator links) => links.Page("/Stakeholders/Index");

    public static string Stakeholder(this LinkGenerator links, Guid id) =>
        links.Page("/Stakeholders/Details", new { id });
}
