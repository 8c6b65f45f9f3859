using System.Diagnostics;
using System.Globalization;

namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// Adds <c>Server-Timing: app;dur=…</c> (milliseconds spent in the app) to every response, so load runs and browser
/// tools can read server time apart from the network.
/// </summary>
public sealed class ServerTimingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = "app;dur=" + ms.ToString("0.0", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
