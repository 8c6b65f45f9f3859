using CareCommissioning.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class SignInModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    SignInThrottle throttle,
    ILoggerFactory loggers
) : PageModel
{
    public const string Failed =
        "Enter the email address and password of an active account. After 5 wrong passwords, wait 15 minutes";

    // Hashing a password for an unknown account too makes a wrong email take as long as a wrong password.
    private static readonly ApplicationUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodyHash;

    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", "Enter your email address");
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Enter your password");
        if (!ModelState.IsValid)
            return Page();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var log = loggers.CreateLogger(SecurityLog.Category);
        if (throttle.WaitFor(address) is { } wait)
        {
            SecurityLog.SignInThrottled(log, address);
            return Throttled(wait);
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null || user.Disabled)
        {
            HashForNobody();
            SecurityLog.SignInFailed(log, user is null ? "unknown account" : "disabled", Input.Email.Trim(), address);
            return Fail(address);
        }

        var result = await signIn.PasswordSignInAsync(
            user,
            Input.Password!,
            isPersistent: false,
            lockoutOnFailure: true
        );
        // A locked account is refused before its password is hashed; hash anyway, so the answer takes as long as for
        // any other failure and does not tell a guesser that the account exists.
        if (result.IsLockedOut)
        {
            HashForNobody();
            SecurityLog.LockedOut(log, user.Id, address);
        }
        if (result.RequiresTwoFactor)
            return Redirect(
                this.Links()
                    .Page("/Account/SignInCode", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null })
            );
        if (!result.Succeeded)
        {
            SecurityLog.SignInFailed(log, result.IsLockedOut ? "locked out" : "wrong password", user.Email!, address);
            return Fail(address);
        }
        SecurityLog.SignInSucceeded(log, user.Id, address);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private void HashForNobody()
    {
        _nobodyHash ??= hasher.HashPassword(Nobody, "not-a-password");
        hasher.VerifyHashedPassword(Nobody, _nobodyHash, Input.Password!);
    }

    private PageResult Throttled(TimeSpan wait)
    {
        ModelState.AddModelError("Input.Email", SignInThrottle.Refuse(Response, wait));
        Input.Password = null;
        ModelState.Remove("Input.Password");
        var page = Page();
        page.StatusCode = StatusCodes.Status429TooManyRequests;
        return page;
    }

    private IActionResult Fail(string address)
    {
        throttle.RecordFailure(address);
        // The same words whether the account exists, the password is wrong or the account is locked.
        ModelState.AddModelError("Input.Email", Failed);
        Input.Password = null;
        ModelState.Remove("Input.Password");
        return Page();
    }
}
