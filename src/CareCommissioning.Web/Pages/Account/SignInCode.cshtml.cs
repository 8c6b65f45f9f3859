using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

/// <summary>The code from the authenticator app, after the password.</summary>
public sealed class SignInCodeModel(
    SignInManager<ApplicationUser> signIn,
    SignInThrottle throttle,
    ILoggerFactory loggers
) : SecondStepPageModel(signIn, throttle, loggers)
{
    public const string MissingCode = "Enter the 6-digit code from your authenticator app";
    public const string WrongCode = "The code is wrong or has expired. Enter the code your app shows now";

    protected override string Missing => MissingCode;
    protected override string Wrong => WrongCode;
    protected override string Kind => "authenticator code";

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInWithAsync(string code) =>
        Manager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
}
