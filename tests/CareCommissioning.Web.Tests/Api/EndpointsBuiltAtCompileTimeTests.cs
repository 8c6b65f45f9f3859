using System.CodeDom.Compiler;
using System.Reflection;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>
/// Every endpoint mapped from a handler is built by the compile-time request delegate generator (decision 0022), which
/// marks its endpoints with its <see cref="GeneratedCodeAttribute"/>. One it skips (a generic map helper, RDG011) is
/// built at start-up by reflection and compiled expressions instead: ten such endpoints cost the start-up 7% of its
/// CPU.
/// </summary>
public sealed class EndpointsBuiltAtCompileTimeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void EveryHandlerEndpoint_IsBuiltByTheGenerator()
    {
        var handlers = app
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<MethodInfo>() is not null)
            .ToList();
        Assert.True(handlers.Count > 150, $"Expected the API's many endpoints, found {handlers.Count}.");

        var atRunTime = handlers
            .Where(e =>
                !e
                    .Metadata.OfType<GeneratedCodeAttribute>()
                    .Any(g => g.Tool?.Contains("RequestDelegateGenerator") == true)
            )
            .Select(e => e.DisplayName);
        Assert.Empty(atRunTime);
    }
}
