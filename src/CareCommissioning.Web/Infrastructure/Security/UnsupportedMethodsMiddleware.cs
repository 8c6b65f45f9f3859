namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>TRACE, TRACK and CONNECT are never served: they answer 405 before anything else runs.</summary>
public sealed class UnsupportedMethodsMiddleware(RequestDelegate next)
{
    private static readonly HashSet<string> Refused = new(StringComparer.OrdinalIgnoreCase)
    {
        "TRACE",
        "TRACK",
        "CONNECT",
    };

    public Task InvokeAsync(HttpContext context)
    {
        if (!Refused.Contains(context.Request.Method))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD, POST, PUT, DELETE";
        return Task.CompletedTask;
    }
}
