namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>The addresses of the evaluation pages. A part of an evaluation is a page under its address, such as
/// "/evaluations/{id}/screening".</summary>
public static class EvaluationLinks
{
    public static string Evaluations(this LinkGenerator links) => links.Page("/Evaluations/Index");

    public static string Evaluation(this LinkGenerator links, Guid id) =>
        links.Page("/Evaluations/Details", new { id });

    public static string AddEvaluation(this LinkGenerator links, Guid? strategyId = null) =>
        links.Page("/Evaluations/Add", strategyId is null ? null : new { strategyId });

    /// <summary>A page of one evaluation by its page path under /Evaluations, such as "Screening/Process".</summary>
    public static string EvaluationPart(this LinkGenerator links, Guid id, string part) =>
        links.Page($"/Evaluations/{part}", new { id });

    /// <summary>The page where a person taking part sees the evaluation and sends views.</summary>
    public static string TakePart(this LinkGenerator links, Guid id) => links.Page("/Evaluations/TakePart", new { id });
}
