namespace CareCommissioning.Web.Api;

public static class StakeholdersApi
{
    public static RouteGroupBuilder MapStakeholdersApi(this RouteGroupBuilder api) => api;
}
