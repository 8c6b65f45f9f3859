using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Account.TwoFactor;

/// <summary>Whether the person signs in with an authenticator app, and the ways to set it up, renew the recovery
/// codes or turn it off.</summary>
[Authorize(Policy = Policies.OwnAccount)]
[AllowWithoutTwoFactor]
public sealed class IndexModel(UserManager<ApplicationUser> users, CurrentUser me, IOptions<TwoFactorOptions> options)
    : PageModel
{
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Whether this person must keep it on (an administrator, where that is required).</summary>
    public bool Required { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        Required = options.Value.RequiredForAdministrators && me.IsAdministratorAnywhere;
        return Page();
    }
}
