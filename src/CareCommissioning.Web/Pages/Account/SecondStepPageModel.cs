using CareCommissioning.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

/// <summary>
/// The second step of signing in for someone with an authenticator app: after the password, a code from the app or a
/// recovery code. Who gave the password travels in Identity's short-lived two-factor cookie; wrong codes count
/// towards the account's lockout and the address's throttle, like wrong passwords.
/// </summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
public abstract class SecondStepPageModel(
    SignInManager<ApplicationUser> signIn,
    SignInThrottle throttle,
    ILoggerFactory loggers
) : PageModel
{
    public const string Expired = "Your sign-in took too long, or you have not entered your password yet";

    protected SignInManager<ApplicationUser> Manager => signIn;

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>What the error says when the code is missing or wrong.</summary>
    protected abstract string Missing { get; }

    protected abstract string Wrong { get; }

    /// <summary>The kind of code, for the security log.</summary>
    protected abstract string Kind { get; }

    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInWithAsync(string code);

    /// <summary>Anything the kind of code logs besides the sign-in itself.</summary>
    protected virtual void SignedIn(ILogger log, string userId, string address) { }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? StartAgain() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return StartAgain();
        if (string.IsNullOrWhiteSpace(Code))
            return Refuse(Missing);
        var address = SecurityLog.AddressOf(HttpContext);
        var log = loggers.CreateLogger(SecurityLog.Category);
        if (throttle.WaitFor(address) is { } wait)
        {
            SecurityLog.SignInThrottled(log, address);
            var page = Refuse(SignInThrottle.Refuse(Response, wait));
            page.StatusCode = StatusCodes.Status429TooManyRequests;
            return page;
        }
        var result = await SignInWithAsync(Code.Trim());
        if (result.Succeeded)
        {
            SecurityLog.SignInSucceeded(log, user.Id, address);
            SignedIn(log, user.Id, address);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        throttle.RecordFailure(address);
        SecurityLog.SecondStepFailed(log, result.IsLockedOut ? Kind + ", locked out" : Kind, user.Id, address);
        if (result.IsLockedOut)
        {
            // The same words as a locked account at the first step.
            await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            return Refuse(SignInModel.Failed);
        }
        return Refuse(Wrong);
    }

    /// <summary>No password was given in the last five minutes: the page says so and links to the first step.</summary>
    public bool TimedOut { get; private set; }

    private PageResult StartAgain()
    {
        TimedOut = true;
        return Page();
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Code), message);
        Code = null;
        ModelState.SetModelValue(nameof(Code), null, null);
        return Page();
    }
}
