using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Identity;

public static class SignInSchemes
{
    public const string Selector = "CookieOrToken";

    public static string Select(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? ApiTokenSecrets.Scheme
            : IdentityConstants.ApplicationScheme;
}
