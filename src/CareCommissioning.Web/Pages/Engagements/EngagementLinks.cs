namespace CareCommissioning.Web.Pages.Engagements;

/// <summary>The addresses of the engagement pages.</summary>
public static class EngagementLinks
{
    public static string Engagements(this LinkGenerator links) => links.Page("/Engagements/Index");

    public static string Engagement(this LinkGenerator links, Guid id) =>
        links.Page("/Engagements/Details", new { id });
}
