using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>
/// Disables an account: sign-in refuses it, a new security stamp ends its sessions at their next request,
/// and its API tokens stop working at once (the token handler checks the flag; cached principals are evicted).
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class DisableModel(
    AppDbContext db,
    CurrentUser me,
    UserManager<ApplicationUser> users,
    ApiTokenCache tokenCache,
    TimeProvider clock
) : PageModel
{
    public ApplicationUser Account { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
            return NotFound();
        if (user.Disabled)
            return Redirect(this.Links().AdminUser(id));
        Account = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
            return NotFound();
        if (!user.Disabled)
        {
            user.Disabled = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            await tokenCache.RevokeAllAsync(db, user.Id, clock.GetUtcNow());
        }
        TempData[PageKeys.SuccessMessage] = $"{user.DisplayName}'s account is disabled and they have been signed out.";
        return Redirect(this.Links().AdminUser(id));
    }

    private Task<ApplicationUser?> FindAsync(string id) => new AdminScope(db, me).FindSomeoneElseAsync(id);
}
