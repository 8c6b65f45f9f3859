namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>The addresses of the partnership pages.</summary>
public static class PartnershipLinks
{
    public static string Partnerships(this LinkGenerator links) => links.Page("/Partnerships/Index");

    public static string Partnership(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Details", new { id });

    public static string PartnerConstraints(this LinkGenerator links, Guid id, Guid partnerId) =>
        links.Page("/Partnerships/Partner", new { id, partnerId });

    public static string Measures(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Measures/Index", new { id });

    public static string AddMeasure(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Measures/Add", new { id });

    public static string Measure(this LinkGenerator links, Guid id, Guid measureId, string? period = null) =>
        links.Page(
            "/Partnerships/Measures/Details",
            new
            {
                id,
                measureId,
                period,
            }
        );

    public static string EditMeasure(this LinkGenerator links, Guid id, Guid measureId) =>
        links.Page("/Partnerships/Measures/Edit", new { partnershipId = id, id = measureId });

    public static string MeasuresDownload(this LinkGenerator links, Guid id, string format) =>
        links.Page("/Partnerships/Measures/Download", new { id, format });

    public static string Plan(this LinkGenerator links, Guid id) => links.Page("/Partnerships/Plan/Index", new { id });

    public static string PlanDocument(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Plan/Document", new { id });

    public static string AddPlanItem(this LinkGenerator links, Guid id, PlanItemKind kind) =>
        links.Page("/Partnerships/Plan/Item", new { id, kind });

    public static string PlanItem(this LinkGenerator links, Guid id, Guid itemId) =>
        links.Page("/Partnerships/Plan/Item", new { id, itemId });

    public static string Expectations(this LinkGenerator links, Guid id, Guid partnerId) =>
        links.Page("/Partnerships/Plan/Expectations", new { id, partnerId });

    public static string Evaluations(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Evaluations/Index", new { id });

    public static string AddEvaluation(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Evaluations/Add", new { id });

    public static string Evaluation(this LinkGenerator links, Guid id, Guid evaluationId) =>
        links.Page("/Partnerships/Evaluations/Details", new { id, evaluationId });

    public static string EditEvaluation(this LinkGenerator links, Guid id, Guid evaluationId) =>
        links.Page("/Partnerships/Evaluations/Edit", new { partnershipId = id, id = evaluationId });

    public static string EvaluationDocument(this LinkGenerator links, Guid id, Guid evaluationId) =>
        links.Page("/Partnerships/Evaluations/Document", new { id, evaluationId });

    public static string EvaluationEasyRead(this LinkGenerator links, Guid id, Guid evaluationId) =>
        links.Page("/Partnerships/Evaluations/EasyRead", new { id, evaluationId });

    public static string PoolReturns(this LinkGenerator links, Guid id) =>
        links.Page("/Partnerships/Returns/Index", new { id });

    public static string PoolReturn(this LinkGenerator links, Guid id, Guid returnId) =>
        links.Page("/Partnerships/Returns/Details", new { id, returnId });

    public static string PoolReturnXlsx(this LinkGenerator links, Guid id, Guid returnId) =>
        links.Page("/Partnerships/Returns/Xlsx", new { id, returnId });

    public static string OverdueReturns(this LinkGenerator links) => links.Page("/Partnerships/Returns/Overdue");

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
