using CareCommissioning.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account.TwoFactor;

/// <summary>
/// Setting up an authenticator app: the person scans the QR code (or types the key), then proves it works with a
/// code, and only then is two-factor sign-in turned on and the recovery codes shown, once. Administrators are sent
/// here until they have done it (<see cref="TwoFactorRequirement"/>).
/// </summary>
[Authorize(Policy = Policies.OwnAccount)]
[AllowWithoutTwoFactor]
[RequiresRecentPassword]
public sealed class SetUpModel(
    ClockedUserManager users,
    SignInManager<ApplicationUser> signIn,
    CurrentUser me,
    ILoggerFactory loggers
) : PageModel
{
    public const int RecoveryCodeCount = 10;
    public const string MissingCode = "Enter the 6-digit code from your authenticator app";
    public const string WrongCode =
        "The code is wrong or has expired. Check the app shows Care Commissioning, then enter the code it shows now";

    [BindProperty]
    public string? Code { get; set; }

    public string Key { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public bool Required => me.MustSetUpTwoFactor;

    /// <summary>The recovery codes, shown once, on the answer to the form that turned two-factor sign-in on.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        if (user.TwoFactorEnabled)
            return Redirect(this.Links().Page("/Account/TwoFactor/Index"));
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        if (user.TwoFactorEnabled)
            return Redirect(this.Links().Page("/Account/TwoFactor/Index"));
        var error =
            string.IsNullOrWhiteSpace(Code) ? MissingCode
            : await users.VerifyTwoFactorTokenAsync(user, OneTimeAuthenticatorTokenProvider.Name, Code) ? null
            : WrongCode;
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Code), error);
            Code = null;
            ModelState.SetModelValue(nameof(Code), null, null);
            await ShowKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        // Turning it on changes the security stamp, which ends the person's other sessions; this one is renewed.
        await signIn.RefreshSignInAsync(user);
        SecurityLog.TwoFactorChanged(
            loggers.CreateLogger(SecurityLog.Category),
            "turned on",
            user.Id,
            user.Id,
            SecurityLog.AddressOf(HttpContext)
        );
        return Page();
    }

    private async Task ShowKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.NewAuthenticatorKeyAsync(user);
            await OneTimeAuthenticatorTokenProvider.ForgetLastStepAsync(users, user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        Key = AuthenticatorQrCode.Grouped(key!);
        QrCode = AuthenticatorQrCode.Svg(AuthenticatorQrCode.Address(user.Email!, key!));
    }
}
