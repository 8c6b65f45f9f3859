using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

/// <summary>One of the recovery codes given when the authenticator app was set up, for someone without their
/// phone; each works once.</summary>
public sealed class SignInRecoveryCodeModel(
    SignInManager<ApplicationUser> signIn,
    SignInThrottle throttle,
    ILoggerFactory loggers
) : SecondStepPageModel(signIn, throttle, loggers)
{
    public const string MissingCode = "Enter one of your recovery codes";
    public const string WrongCode = "The recovery code is wrong or has been used. Enter another of your recovery codes";

    protected override string Missing => MissingCode;
    protected override string Wrong => WrongCode;
    protected override string Kind => "recovery code";

    protected override void SignedIn(ILogger log, string userId, string address) =>
        Infrastructure.Security.SecurityLog.RecoveryCodeUsed(log, userId, address);

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInWithAsync(string code) =>
        Manager.TwoFactorRecoveryCodeSignInAsync(code);
}
