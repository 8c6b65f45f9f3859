using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Pages.Account.TwoFactor;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>
/// For someone who has lost their phone and their recovery codes: the administrator, having checked who they are,
/// turns two-factor sign-in off so they can sign in with their password and set it up again. The person's sessions
/// end (the security stamp changes). Not for one's own account: that is the account page's.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[RequiresRecentPassword]
public sealed class TurnOffTwoFactorModel(
    AppDbContext db,
    CurrentUser me,
    UserManager<ApplicationUser> users,
    ILoggerFactory loggers
) : PageModel
{
    public ApplicationUser Account { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
            return NotFound();
        if (!user.TwoFactorEnabled)
            return Redirect(this.Links().AdminUser(id));
        Account = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
            return NotFound();
        if (user.TwoFactorEnabled)
        {
            await TurnOffModel.TurnOffAsync(users, user);
            SecurityLog.TwoFactorChanged(
                loggers.CreateLogger(SecurityLog.Category),
                "turned off by an administrator",
                user.Id,
                me.Id,
                SecurityLog.AddressOf(HttpContext)
            );
        }
        TempData[PageKeys.SuccessMessage] =
            $"Two-factor sign-in is off for {user.DisplayName}. They can sign in with their password and set it up again.";
        return Redirect(this.Links().AdminUser(id));
    }

    private Task<ApplicationUser?> FindAsync(string id) => new AdminScope(db, me).FindSomeoneElseAsync(id);
}
