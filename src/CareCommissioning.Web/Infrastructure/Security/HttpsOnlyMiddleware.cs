namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>
/// When the public address is HTTPS, a request that arrived over plain HTTP is not served: a page is redirected to the
/// same path at the public address (never at the request's host), and the API answers 400, since redirecting would
/// already have sent a token in clear. Health checks stay on HTTP for load balancers.
/// </summary>
public sealed class HttpsOnlyMiddleware(RequestDelegate next, PublicAddress address)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!address.HttpsOnly || request.IsHttps || request.Path.StartsWithSegments("/health"))
            return next(context);
        if (request.Path.StartsWithSegments("/api"))
            return Results
                .Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Use HTTPS",
                    detail: $"The API is served only over HTTPS, at {address.Configured}."
                )
                .ExecuteAsync(context);
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = address.Link(request, request.Path + request.QueryString);
        return Task.CompletedTask;
    }
}
