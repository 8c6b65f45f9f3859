namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>The addresses of the partnership pages.</summary>
public static class PartnershipLinks
{
    public static string Partnerships(this LinkGenerator links) => links.Page("/Partnerships/Index");

    public static string Partnership(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Details", new { id });

    public static string PartnerConstraints(this LinkGenerator links, Guid id, Guid partnerId) =>
        links.Page("/Partnerships/Partner", new { id, partnerId });

    public static string Schemes(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Schemes/Index", new { id });

    public static string Scheme(this LinkGenerator links, Guid id, Guid schemeId) =>
        links.Page("/Partnerships/Schemes/Details", new { id, schemeId });

    public static string SchemeSpend(this LinkGenerator links, Guid id, Guid schemeId, int year) =>
        links.Page(
            "/Partnerships/Schemes/Spend",
            new
            {
                id,
                schemeId,
                year,
            }
        );

    public static string SpendImport(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Spend/Import", new { id });

    public static string PoolVariance(this LinkGenerator links, Guid id, int? year = null) =>
        links.Page("/Partnerships/Variance", new { id, year });
}
