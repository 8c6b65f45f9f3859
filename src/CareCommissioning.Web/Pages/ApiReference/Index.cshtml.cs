using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.ApiReference;

/// <summary>The interactive API reference (Scalar), with no inline script; Scalar sets inline styles (style elements
/// and attributes, which a nonce cannot cover), so this page alone allows them (decision 0024).</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public void OnGet() => HttpContext.Items[SecurityHeadersMiddleware.InlineStylesKey] = true;
}
