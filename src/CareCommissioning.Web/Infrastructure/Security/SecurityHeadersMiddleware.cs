namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>Headers on every response: a CSP with no inline script, no framing, no sniffing, a strict referrer
/// policy.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>A page whose third-party script sets inline styles (the API reference) marks the request with this key;
    /// its style-src then allows inline styles, its script-src stays as strict (decision 0024).</summary>
    public const string InlineStylesKey = "csp-inline-styles";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items.ContainsKey(InlineStylesKey)
                ? ContentSecurityPolicy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (
                !context.Request.Path.StartsWithSegments("/css")
                && !context.Request.Path.StartsWithSegments("/js")
                && !context.Request.Path.StartsWithSegments("/images")
            )
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
