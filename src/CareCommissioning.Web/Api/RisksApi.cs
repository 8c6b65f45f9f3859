namespace CareCommissioning.Web.Api;

public static class RisksApi
{
    public static RouteGroupBuilder MapRisksApi(this RouteGroupBuilder api) => api;
}
