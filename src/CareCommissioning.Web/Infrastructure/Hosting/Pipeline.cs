using CareCommissioning.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace CareCommissioning.Web.Infrastructure.Hosting;

public static class Pipeline
{
    public static WebApplication UseCareCommissioning(this WebApplication app)
    {
        if (Transport.BehindProxies(app.Configuration))
            app.UseForwardedHeaders();
        app.UseMiddleware<UnsupportedMethodsMiddleware>();
        app.UseMiddleware<HttpsOnlyMiddleware>();
        app.UseMiddleware<ServerTimingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error");
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        // Pages get the GOV.UK error pages; the API gets problem details for every error status.
        app.UseWhen(c => !IsApi(c), a => a.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(IsApi, a => a.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Scalar's own page has an inline script our CSP forbids; we serve its bundled script from here and our own
        // page at /api/reference.
        app.MapScalarApiReference("/scalar", o =>
                o.WithTitle("Care Commissioning API reference").WithOpenApiRoutePattern("/openapi/{documentName}.json")
            )
            .AllowAnonymous();
        app.MapApi();
        // Unmatched page paths reach an anonymous endpoint, so a stranger gets "Page not found", not a sign-in prompt.
        // It answers GET and HEAD only: were it to take every method, an API address asked with a method or body type
        // it does not take would find no 405 or 415 (routing gives those only when no candidate takes the request).
        // A plain RequestDelegate: the compile-time generator (decision 0022) would map a handler with a pattern on the
        // default "{*path:nonfile}" instead of this one.
        app.MapFallback($"{{*path:{NotApiPathConstraint.Name}}}", context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .AllowAnonymous()
            .ExcludeFromDescription();
        EndpointsBuiltOnce.Apply(app);
        // Registers the endpoints with routing's options now; the host would do it only as it starts. The link
        // generator reads them from there, and the home page's warm-up (FirstPageWarmUp) uses it as the host starts.
        app.UseEndpoints(_ => { });
        return app;
    }

    private static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api/v1");
}
