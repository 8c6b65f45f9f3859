using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Identity;

public static class SignInSchemes
{
    public const string Selector = "CookieOrToken";

    /// <summary>
    /// API tokens are for the API only: on a page a bearer token is ignored, so a token cannot mint another token or
    /// drive the admin pages. The session cookie may read the API (the CPV autocomplete does) but never change anything
    /// through it, since a cross-site form can send the cookie; a change needs a token.
    /// </summary>
    public static string Select(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api"))
            return IdentityConstants.ApplicationScheme;
        var bearer = request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        return bearer || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            ? ApiTokenSecrets.Scheme
            : IdentityConstants.ApplicationScheme;
    }
}
