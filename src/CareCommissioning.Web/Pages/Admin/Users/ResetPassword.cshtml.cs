using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>
/// Sets a new temporary password. Identity's reset changes the security stamp, so every session of the user ends, and
/// their API tokens are revoked; a lockout is lifted too, since the administrator has just checked who they are.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[RequiresRecentPassword]
public sealed class ResetPasswordModel(
    AppDbContext db,
    CurrentUser me,
    UserManager<ApplicationUser> users,
    ApiTokenCache tokenCache,
    TimeProvider clock
) : PageModel
{
    public ApplicationUser Account { get; private set; } = default!;

    [BindProperty]
    public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await new AdminScope(db, me).FindUserAsync(id);
        if (user is null)
            return NotFound();
        Account = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await new AdminScope(db, me).FindUserAsync(id);
        if (user is null)
            return NotFound();
        Account = user;
        if (IdentityMessages.CheckNewPassword(Password, "Temporary password") is { } error)
        {
            ModelState.AddModelError(nameof(Password), error);
            return Invalid();
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(nameof(Password), IdentityMessages.For(e, "Temporary password"));
            return Invalid();
        }
        await tokenCache.RevokeAllAsync(db, user.Id, clock.GetUtcNow());
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData[AddModel.TemporaryPasswordKey] = Password;
        return Redirect(this.Links().AdminUserPasswordReset(id));
    }

    private PageResult Invalid()
    {
        Password = null;
        ModelState.SetModelValue(nameof(Password), null, null);
        return Page();
    }
}
