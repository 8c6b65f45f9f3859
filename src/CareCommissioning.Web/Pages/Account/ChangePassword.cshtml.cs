using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

/// <summary>
/// Changes your password. Identity gives the account a new security stamp, so every other session ends at its next
/// request; this browser is signed in again with the new stamp, and every API token ends. Wrong current passwords count
/// towards the lockout.
/// </summary>
[Authorize(Policy = Policies.OwnAccount)]
public sealed class ChangePasswordModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    AppDbContext db,
    ApiTokenCache tokenCache,
    TimeProvider clock
) : PageModel
{
    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();

        if (string.IsNullOrEmpty(Input.CurrentPassword))
            ModelState.AddModelError("Input.CurrentPassword", "Enter your current password");
        if (IdentityMessages.CheckNewPassword(Input.NewPassword, "New password") is { } newError)
            ModelState.AddModelError("Input.NewPassword", newError);
        if (string.IsNullOrEmpty(Input.ConfirmPassword))
            ModelState.AddModelError("Input.ConfirmPassword", "Confirm your new password");
        else if (!string.IsNullOrEmpty(Input.NewPassword) && Input.NewPassword != Input.ConfirmPassword)
            ModelState.AddModelError("Input.ConfirmPassword", "The new passwords do not match");
        if (!ModelState.IsValid)
            return Invalid();

        var check = await signIn.CheckPasswordSignInAsync(user, Input.CurrentPassword!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            ModelState.AddModelError(
                "Input.CurrentPassword",
                "You have entered a wrong password too many times. Wait 15 minutes, then try again"
            );
            return Invalid();
        }
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Input.CurrentPassword", "Your current password is wrong");
            return Invalid();
        }
        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.NewPassword", "New password must be different from your current password");
            return Invalid();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                        ? "Input.CurrentPassword"
                        : "Input.NewPassword",
                    IdentityMessages.For(error, "New password")
                );
            return Invalid();
        }
        var ended = await tokenCache.RevokeAllAsync(db, user.Id, clock.GetUtcNow());
        await signIn.RefreshSignInAsync(user);
        TempData[PageKeys.SuccessMessage] =
            "Your password has been changed. You have been signed out on every other device"
            + (ended > 0 ? $" and your {ended} API token{(ended == 1 ? "" : "s")} no longer work." : ".");
        return Redirect(this.Links().Account());
    }

    private PageResult Invalid()
    {
        // Passwords are never written back into the page.
        Input = new InputModel();
        foreach (var key in new[] { "Input.CurrentPassword", "Input.NewPassword", "Input.ConfirmPassword" })
            ModelState.SetModelValue(key, null, null);
        return Page();
    }
}
