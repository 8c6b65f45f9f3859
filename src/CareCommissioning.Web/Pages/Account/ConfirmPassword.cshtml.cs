using CareCommissioning.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

/// <summary>
/// Asks for the password again before a sensitive change (<see cref="RequiresRecentPasswordAttribute"/>). A wrong
/// password counts towards the lockout, like a wrong sign-in.
/// </summary>
[Authorize(Policy = Policies.OwnAccount)]
[AllowWithoutTwoFactor]
public sealed class ConfirmPasswordModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    CurrentUser me,
    TimeProvider clock,
    ILoggerFactory loggers
) : PageModel
{
    public const string Wrong = "Your password is wrong";

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password))
            return Refuse("Enter your password");
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            await signIn.SignOutAsync();
            return Redirect(this.Links().SignIn());
        }
        if (!check.Succeeded)
        {
            SecurityLog.SignInFailed(
                loggers.CreateLogger(SecurityLog.Category),
                "wrong password when confirming",
                user.Email!,
                SecurityLog.AddressOf(HttpContext)
            );
            return Refuse(Wrong);
        }
        await RequiresRecentPasswordAttribute.RecordPasswordGivenAsync(HttpContext, clock.GetUtcNow());
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().Account());
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Password), message);
        Password = null;
        ModelState.SetModelValue(nameof(Password), null, null);
        return Page();
    }
}
