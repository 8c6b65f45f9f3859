using System.Globalization;
using System.Text;
using QRCoder;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// The QR code an authenticator app scans to learn a new key: QRCoder encodes the <c>otpauth://</c> address, and the
/// modules are drawn here as one SVG path with attributes only, because the content security policy forbids inline
/// styles (QRCoder's own SVG uses them) and data: images.
/// </summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "Care Commissioning";

    /// <summary>The address an authenticator app reads (Google's Key Uri Format, which every app follows).</summary>
    public static string Address(string email, string key) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}"
                + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30"
        );

    /// <summary>The SVG markup of the code for <paramref name="address"/>, scaled by the browser.</summary>
    public static string Svg(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
            if (modules[y][x])
                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
        return string.Format(
            CultureInfo.InvariantCulture,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {0}\" width=\"200\" height=\"200\" "
                + "role=\"img\" aria-label=\"QR code for your authenticator app\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"{0}\" height=\"{0}\" fill=\"#ffffff\"/><path fill=\"#0b0c0c\" d=\"{1}\"/></svg>",
            size,
            path
        );
    }

    /// <summary>The key in groups of four, easier to type into an app that cannot scan.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
}
