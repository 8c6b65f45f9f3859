using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Identity's store, except for the two-factor secrets, which it keeps as plain text: the authenticator key is
/// encrypted with the data-protection keys (so a copy of the users table alone cannot make codes), and recovery codes
/// are kept as SHA-256 hashes (they are random and long, so an unsalted hash is enough) and compared as hashes.
/// </summary>
public sealed class ProtectedSecretsUserStore(
    AppDbContext db,
    IDataProtectionProvider protection,
    IdentityErrorDescriber? describer = null
) : UserStore<ApplicationUser, IdentityRole, AppDbContext>(db, describer)
{
    private const string InternalProvider = "[AspNetUserStore]";
    private const string KeyName = "AuthenticatorKey";
    private const string CodesName = "RecoveryCodes";
    private readonly IDataProtector _keys = protection.CreateProtector("CareCommissioning.AuthenticatorKey.v1");

    public override Task SetAuthenticatorKeyAsync(
        ApplicationUser user,
        string key,
        CancellationToken cancellationToken
    ) => SetTokenAsync(user, InternalProvider, KeyName, _keys.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(
        ApplicationUser user,
        CancellationToken cancellationToken
    )
    {
        var stored = await GetTokenAsync(user, InternalProvider, KeyName, cancellationToken);
        return stored is null ? null : _keys.Unprotect(stored);
    }

    public override Task ReplaceCodesAsync(
        ApplicationUser user,
        IEnumerable<string> recoveryCodes,
        CancellationToken cancellationToken
    ) =>
        SetTokenAsync(
            user,
            InternalProvider,
            CodesName,
            string.Join(";", recoveryCodes.Select(Hash)),
            cancellationToken
        );

    public override async Task<bool> RedeemCodeAsync(
        ApplicationUser user,
        string code,
        CancellationToken cancellationToken
    )
    {
        var stored = await GetTokenAsync(user, InternalProvider, CodesName, cancellationToken) ?? "";
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var hash = Hash(code);
        if (!hashes.Remove(hash))
            return false;
        await SetTokenAsync(user, InternalProvider, CodesName, string.Join(";", hashes), cancellationToken);
        return true;
    }

    private static string Hash(string code) =>
        Convert.ToHexString(
            SHA256.HashData(
                Encoding.UTF8.GetBytes(code.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant())
            )
        );
}
