using Microsoft.Extensions.Primitives;

namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// Keeps the endpoints of a data source that never changes, so they are built once. ASP.NET Core's route and group
/// data sources build every endpoint afresh each time they are asked, and three readers ask at start-up: the app's
/// endpoint data source (authorisation's policy cache), the router's own composite of the same sources, and the
/// warm-up. Building the 475 endpoints is the largest single piece of a start (decision 0032).
/// </summary>
public sealed class EndpointsBuiltOnce(EndpointDataSource inner) : EndpointDataSource
{
    private IReadOnlyList<Endpoint>? _endpoints;

    public override IReadOnlyList<Endpoint> Endpoints =>
        LazyInitializer.EnsureInitialized(ref _endpoints, () => inner.Endpoints);

    public override IChangeToken GetChangeToken() => inner.GetChangeToken();

    public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) =>
        inner.GetGroupedEndpoints(context);

    /// <summary>Wraps routing's own data sources: minimal API routes and route groups. Their endpoints are fixed once
    /// mapped (a convention added later throws), yet they build them again on every read. Razor Pages' source can
    /// change and keeps its own endpoints, so it is left as it is.</summary>
    public static void Apply(IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.ToList();
        app.DataSources.Clear();
        foreach (var source in sources)
            app.DataSources.Add(IsRoutingsOwn(source) ? new EndpointsBuiltOnce(source) : source);
    }

    private static bool IsRoutingsOwn(EndpointDataSource source) =>
        source.GetType().Assembly == typeof(RouteGroupBuilder).Assembly;
}
