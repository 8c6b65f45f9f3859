namespace CareCommissioning.Web.Pages.Appraisals;

/// <summary>The addresses of the options appraisal pages.</summary>
public static class AppraisalLinks
{
    public static string Appraisal(this LinkGenerator links, Guid id) => links.Page("/Appraisals/Overview", new { id });

    public static string AppraisalDecision(this LinkGenerator links, Guid id) =>
        links.Page("/Appraisals/Decide/Decision", new { id });

    public static string AppraisalDocument(this LinkGenerator links, Guid id) =>
        links.Page("/Appraisals/Documents/Document", new { id });

    public static string AppraisalDocumentDocx(this LinkGenerator links, Guid id) =>
        links.Page("/Appraisals/Documents/DocumentDocx", new { id });

    public static string AppraisalEasyRead(this LinkGenerator links, Guid id) =>
        links.Page("/Appraisals/Documents/EasyRead", new { id });

    public static string AppraisalOptionFlows(this LinkGenerator links, Guid id, Guid optionId) =>
        links.Page("/Appraisals/Economics/Flows", new { id, optionId });
}
