using System.Security.Claims;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>Names who made the changes being saved: the signed-in user of the request, or the system for
/// commands.</summary>
public class AuditContext
{
    private readonly IHttpContextAccessor? _http;
    private readonly string? _fixedName;

    public AuditContext(IHttpContextAccessor? http) => _http = http;

    private AuditContext(string name) => _fixedName = name;

    public static AuditContext System { get; } = new("system");

    public (string? UserId, string? UserName) Actor
    {
        get
        {
            if (_fixedName is not null)
                return (null, _fixedName);
            if (_http?.HttpContext is not { } context)
                return (null, "system"); // admin commands and background work
            var user = context.User;
            if (user.Identity?.IsAuthenticated != true)
                return (null, "anonymous");
            return (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name);
        }
    }
}
