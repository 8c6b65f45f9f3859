namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>The addresses of the full evaluation's pages, each under its evaluation's address.</summary>
public static class FullEvaluationLinks
{
    /// <summary>A page of the full evaluation by its path under /Evaluations/Full, such as "Status" or
    /// "Impacts/Index".</summary>
    public static string FullPart(this LinkGenerator links, Guid id, string page) =>
        links.Page($"/Evaluations/Full/{page}", new { id })!;

    public static string EvaluationImpacts(this LinkGenerator links, Guid id) => links.FullPart(id, "Impacts/Index");

    public static string EditImpact(this LinkGenerator links, Guid id, Guid impactId) =>
        links.Page("/Evaluations/Full/Impacts/Edit", new { id, impactId })!;

    public static string EvaluationRecommendations(this LinkGenerator links, Guid id) =>
        links.FullPart(id, "Recommendations/Index");

    public static string RecommendationPart(this LinkGenerator links, Guid id, Guid recommendationId, string page) =>
        links.Page($"/Evaluations/Full/Recommendations/{page}", new { id, recommendationId })!;

    public static string AddAction(this LinkGenerator links, Guid id, Guid recommendationId) =>
        links.Page("/Evaluations/Full/Actions/Add", new { id, recommendationId })!;

    public static string EditAction(this LinkGenerator links, Guid id, Guid actionId) =>
        links.Page("/Evaluations/Full/Actions/Edit", new { id, actionId })!;

    /// <summary>The evaluation's page for recording who something was shared with (EV-P14, P18).</summary>
    public static string ShareEvaluationItem(Guid id, SharedItem item) => $"/evaluations/{id}/share?item={item}";
}
