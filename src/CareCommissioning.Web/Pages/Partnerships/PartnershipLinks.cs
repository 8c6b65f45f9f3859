namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>The addresses of the partnership pages.</summary>
public static class PartnershipLinks
{
    public static string Partnerships(this LinkGenerator links) => links.Page("/Partnerships/Index");

    public static string Partnership(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Details", new { id });

    public static string PartnerConstraints(this LinkGenerator links, Guid id, Guid partnerId) =>
        links.Page("/Partnerships/Partner", new { id, partnerId });
}
