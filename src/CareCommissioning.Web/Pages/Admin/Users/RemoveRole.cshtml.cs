using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>
/// Removes one role. Refused for organisations you do not administer, for a user's last role (disable the account
/// instead, so the user stays visible to administrators) and for your own administrator role.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[RequiresRecentPassword]
public sealed class RemoveRoleModel(AppDbContext db, CurrentUser me, ApiTokenCache tokenCache, ILoggerFactory loggers)
    : PageModel
{
    public ApplicationUser Account { get; private set; } = default!;
    public string RoleName { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, Guid membershipId)
    {
        var membership = await FindAsync(id, membershipId);
        return membership is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, Guid membershipId)
    {
        var membership = await FindAsync(id, membershipId);
        if (membership is null)
            return NotFound();
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync();
        await tokenCache.EvictUserAsync(db, id);
        SecurityLog.RoleChanged(
            loggers.CreateLogger(SecurityLog.Category),
            membership.Role.ToString(),
            membership.OrganisationId,
            "taken from",
            id,
            me.Id,
            SecurityLog.AddressOf(HttpContext)
        );
        TempData[PageKeys.SuccessMessage] =
            $"{Account.DisplayName} is no longer {RoleName.ToLowerInvariant()} in {OrganisationName}.";
        return Redirect(this.Links().AdminUser(id));
    }

    private async Task<Membership?> FindAsync(string id, Guid membershipId)
    {
        var scope = new AdminScope(db, me);
        var user = await scope.FindUserAsync(id);
        if (user is null)
            return null;
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.UserId == id);
        if (membership is null || !scope.Administers(membership.OrganisationId))
            return null;
        if (await db.Memberships.CountAsync(m => m.UserId == id) <= 1)
            return null;
        if (id == scope.MyId && membership.Role == Role.Administrator)
            return null;
        Account = user;
        RoleName = RoleNames.Display(membership.Role);
        OrganisationName = await db
            .Organisations.Where(o => o.Id == membership.OrganisationId)
            .Select(o => o.Name)
            .FirstAsync();
        return membership;
    }
}
