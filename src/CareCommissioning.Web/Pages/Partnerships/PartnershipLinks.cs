namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>The addresses of the partnership pages.</summary>
public static class PartnershipLinks
{
    public static string Partnerships(this LinkGenerator links) => links.Page("/Partnerships/Index");

    public static string Partnership(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Details", new { id });

    public static string PartnerConstraints(this LinkGenerator links, Guid id, Guid partnerId) =>
        links.Page("/Partnerships/Partner", new { id, partnerId });

    public static string PartnershipContributions(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Contributions/Index", new { id });

    public static string PartnershipContribution(this LinkGenerator links, Guid id, Guid contributionId) =>
        links.Page("/Partnerships/Contributions/Change", new { id, contributionId });

    public static string PartnershipAgreement(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Agreement/Index", new { id });

    public static string PartnershipAgreementTerms(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Agreement/Terms", new { id });

    public static string PartnershipSignOff(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Agreement/SignOff", new { id });

    public static string PartnershipAgreementDocx(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Agreement/Docx", new { id });
}
