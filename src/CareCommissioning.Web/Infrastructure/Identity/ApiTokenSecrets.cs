using System.Security.Cryptography;
using System.Text;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>Makes personal API token secrets and the hashes we keep of them.</summary>
public static class ApiTokenSecrets
{
    public const string Scheme = "ApiToken";
    private const string Marker = "cc_";

    public static string NewSecret() => Marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The secret is 256 random bits, so a plain SHA-256 is enough; no salt or stretching is needed.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..Math.Min(10, secret.Length)];

    public static bool LooksLikeToken(string value) =>
        value.StartsWith(Marker, StringComparison.Ordinal) && value.Length is > 20 and < 100;

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
