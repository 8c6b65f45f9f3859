using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Checks the six-digit codes of an authenticator app (RFC 6238: 30-second steps, one step either side for a phone's
/// clock drift) on the app's clock, and accepts each code once: the step last used is kept with the user, so a code
/// seen over someone's shoulder cannot be used again in the same minute. Identity's own provider reads the wall clock
/// and accepts a code as often as it likes.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Name = "OneTimeAuthenticator";
    private const string Store = "[AspNetUserStore]";
    private const string LastStep = "AuthenticatorLastStep";
    private static readonly VerificationWindow Drift = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(
        UserManager<ApplicationUser> manager,
        ApplicationUser user
    ) => !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(
        string purpose,
        string token,
        UserManager<ApplicationUser> manager,
        ApplicationUser user
    )
    {
        var code = new string(token.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
            return false;
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key))
            return false;
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, Drift))
            return false;
        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStep);
        if (long.TryParse(last, out var used) && step <= used)
            return false;
        await manager.SetAuthenticationTokenAsync(
            user,
            Store,
            LastStep,
            step.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        return true;
    }

    /// <summary>Forgets the step last used, for a new key.</summary>
    public static Task ForgetLastStepAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        manager.RemoveAuthenticationTokenAsync(user, Store, LastStep);
}
