using CareCommissioning.Web.Infrastructure.Hosting;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>
/// The router builds its own composite of the app's data sources, beside the app's endpoint data source. Both must
/// find the endpoints the start-up built, not build all 475 again (<see cref="EndpointsBuiltOnce"/>).
/// </summary>
public sealed class EndpointsBuiltOnceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void ASecondCompositeOfTheSameSources_FindsTheSameEndpoints()
    {
        var appSource = (CompositeEndpointDataSource)app.Services.GetRequiredService<EndpointDataSource>();
        Assert.Contains(appSource.DataSources, s => s is EndpointsBuiltOnce);

        using var routers = new CompositeEndpointDataSource(appSource.DataSources);
        var apiEndpoints = appSource
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/") == true)
            .ToList();
        Assert.True(apiEndpoints.Count > 150, $"Expected the API's many endpoints, found {apiEndpoints.Count}.");
        Assert.All(apiEndpoints, e => Assert.Contains(e, routers.Endpoints));
    }

    [Fact]
    public void RazorPagesSource_WhichCanChange_IsTheOneNotWrapped()
    {
        var appSource = (CompositeEndpointDataSource)app.Services.GetRequiredService<EndpointDataSource>();
        var unwrapped = Assert.Single(appSource.DataSources, s => s is not EndpointsBuiltOnce);
        Assert.Equal("PageActionEndpointDataSource", unwrapped.GetType().Name);
    }
}
