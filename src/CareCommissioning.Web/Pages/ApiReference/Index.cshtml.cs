using System.Security.Cryptography;
using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.ApiReference;

/// <summary>The interactive API reference (Scalar), with no inline script; its injected styles carry a per-request
/// nonce.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public string StyleNonce { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public void OnGet() => HttpContext.Items[SecurityHeadersMiddleware.StyleNonceKey] = StyleNonce;
}
