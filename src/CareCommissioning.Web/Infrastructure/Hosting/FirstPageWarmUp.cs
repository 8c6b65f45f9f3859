using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// Renders the home page once, in the process, for an anonymous visitor, while the host starts (decision 0034). The
/// first request of a start otherwise did this work on one core after the host had started: the page's description
/// and invoker, Razor's activators and tag helpers for the layout, and the link generator's table of every endpoint's
/// address. All of that but the page's own description is shared by every page, so any first page is faster. Only
/// when the app runs as its own process: a test host starts many apps in one process and tears them down at once.
/// </summary>
public static class FirstPageWarmUp
{
    private const string HomePage = "/Index";

    /// <summary>Started on a thread-pool thread, and not awaited: a failure is logged and changes nothing.</summary>
    public static void StartWhileHostStarts(WebApplication app)
    {
        if (!StartupCollections.AppIsItsOwnProcess)
            return;
        _ = Task.Run(async () =>
        {
            try
            {
                var time = Stopwatch.StartNew();
                var status = await RenderHomePageAsync(app);
                app.Logger.LogDebug(
                    "The home page was rendered once while starting ({Status} in {Milliseconds} ms).",
                    status,
                    time.ElapsedMilliseconds
                );
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                app.Logger.LogWarning(e, "The home page could not be rendered while starting; its first visitor will.");
            }
        });
    }

    /// <summary>The home page's endpoint, described as its first request would (<see cref="PagesLoadedOnFirstUse"/>),
    /// run with an anonymous request whose response is thrown away. Returns the status code it gave.</summary>
    private static async Task<int> RenderHomePageAsync(WebApplication app)
    {
        var routeOnly = ((IEndpointRouteBuilder)app)
            .DataSources.SelectMany(s => s.Endpoints)
            .First(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == HomePage);
        var endpoint = await PagesLoadedOnFirstUse.DescribeAsync(
            app.Services.GetRequiredService<PageLoader>(),
            routeOnly.Metadata.GetRequiredMetadata<PageActionDescriptor>(),
            routeOnly
        ) ?? throw new InvalidOperationException("The home page has no endpoint.");

        await using var scope = app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = "/";
        context.Request.RouteValues["page"] = HomePage;
        context.Response.Body = Stream.Null;
        context.SetEndpoint(endpoint);
        await endpoint.RequestDelegate!(context);
        return context.Response.StatusCode;
    }
}
