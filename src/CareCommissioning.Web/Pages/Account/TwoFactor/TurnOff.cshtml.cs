using CareCommissioning.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account.TwoFactor;

/// <summary>
/// Turning two-factor sign-in off, for a new phone or by choice: the key and recovery codes are forgotten. An
/// administrator who must use it is sent straight back to set it up again (<see cref="TwoFactorRequirement"/>).
/// </summary>
[Authorize(Policy = Policies.OwnAccount)]
[AllowWithoutTwoFactor]
[RequiresRecentPassword]
public sealed class TurnOffModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    CurrentUser me,
    Microsoft.Extensions.Options.IOptions<TwoFactorOptions> options,
    ILoggerFactory loggers
) : PageModel
{
    /// <summary>Whether this person will be sent straight back to set it up (as the overview page says).</summary>
    public bool Required => options.Value.RequiredForAdministrators && me.IsAdministratorAnywhere;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        return user.TwoFactorEnabled ? Page() : Redirect(this.Links().Page("/Account/TwoFactor/Index"));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        if (user.TwoFactorEnabled)
        {
            await TurnOffAsync(users, user);
            await signIn.RefreshSignInAsync(user);
            SecurityLog.TwoFactorChanged(
                loggers.CreateLogger(SecurityLog.Category),
                "turned off",
                user.Id,
                user.Id,
                SecurityLog.AddressOf(HttpContext)
            );
        }
        return Redirect(this.Links().Page("/Account/TwoFactor/Index"));
    }

    /// <summary>Turns it off and forgets the key and the recovery codes (also for an administrator helping someone who
    /// lost their phone).</summary>
    public static async Task TurnOffAsync(UserManager<ApplicationUser> users, ApplicationUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await OneTimeAuthenticatorTokenProvider.ForgetLastStepAsync(users, user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
    }
}
