using CareCommissioning.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account.TwoFactor;

/// <summary>New recovery codes, for someone who has used or lost theirs: the old ones stop working.</summary>
[Authorize(Policy = Policies.OwnAccount)]
[AllowWithoutTwoFactor]
[RequiresRecentPassword]
public sealed class RecoveryCodesModel(UserManager<ApplicationUser> users, CurrentUser me, ILoggerFactory loggers)
    : PageModel
{
    public int Left { get; private set; }

    /// <summary>The new codes, shown once on the answer to the form.</summary>
    public IReadOnlyList<string>? Codes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        if (!user.TwoFactorEnabled)
            return Redirect(this.Links().Page("/Account/TwoFactor/Index"));
        Left = await users.CountRecoveryCodesAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(me.Id);
        if (user is null)
            return Challenge();
        if (!user.TwoFactorEnabled)
            return Redirect(this.Links().Page("/Account/TwoFactor/Index"));
        Codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SetUpModel.RecoveryCodeCount))!.ToList();
        Left = Codes.Count;
        SecurityLog.TwoFactorChanged(
            loggers.CreateLogger(SecurityLog.Category),
            "given new recovery codes",
            user.Id,
            user.Id,
            SecurityLog.AddressOf(HttpContext)
        );
        return Page();
    }
}
