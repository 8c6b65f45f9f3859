namespace CareCommissioning.Web.Pages.Strategies.Api;

/// <summary>The strategy library over JSON, under /api/v1/strategies, with the same authorisation as its pages.</summary>
public static class StrategiesApi
{
    public static void MapStrategiesApi(this RouteGroupBuilder v1)
    {
        _ = v1;
    }
}
