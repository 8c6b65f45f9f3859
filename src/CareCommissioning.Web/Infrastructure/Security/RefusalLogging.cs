using Microsoft.AspNetCore.Authorization.Policy;

namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>Writes a security event for every request the authorisation policies refuse (401 or 403), then lets the
/// framework answer as it always does.</summary>
public sealed class RefusalLogging(ILoggerFactory loggers) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();
    private readonly ILogger _log = loggers.CreateLogger(SecurityLog.Category);

    public Task HandleAsync(
        RequestDelegate next,
        HttpContext context,
        AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult
    )
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
            SecurityLog.RequestRefused(
                _log,
                authorizeResult.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                context.User.Identity?.IsAuthenticated == true
                    ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "unknown"
                    : "anonymous",
                context.Request.Method,
                context.Request.Path,
                SecurityLog.AddressOf(context)
            );
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
