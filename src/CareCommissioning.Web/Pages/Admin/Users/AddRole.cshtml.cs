using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>Gives a user a role in an organisation you administer. It applies from their next request.</summary>
[Authorize(Policy = Policies.Administer)]
[RequiresRecentPassword]
public sealed class AddRoleModel(AppDbContext db, CurrentUser me, ApiTokenCache tokenCache, ILoggerFactory loggers)
    : PageModel
{
    public ApplicationUser Account { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var (user, grantable) = await LoadAsync(id);
        if (user is null)
            return NotFound();
        if (grantable.Count == 1)
            Organisation = grantable[0].Id.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var (user, grantable) = await LoadAsync(id);
        if (user is null)
            return NotFound();
        Guid orgId = default;
        if (string.IsNullOrEmpty(Organisation))
            ModelState.AddModelError(nameof(Organisation), "Select an organisation");
        else if (!Guid.TryParse(Organisation, out orgId) || grantable.All(o => o.Id != orgId))
            ModelState.AddModelError(nameof(Organisation), "Select an organisation you administer");
        Role role = default;
        if (string.IsNullOrEmpty(Role))
            ModelState.AddModelError(nameof(Role), "Select a role");
        else if (!AdminChoices.TryParse(Role, out role))
            ModelState.AddModelError(nameof(Role), "Select a role from the list");
        if (
            ModelState.IsValid
            && await db.Memberships.AnyAsync(m => m.UserId == id && m.OrganisationId == orgId && m.Role == role)
        )
            ModelState.AddModelError(nameof(Role), $"{user.DisplayName} already has this role in this organisation");
        if (!ModelState.IsValid)
            return Page();
        db.Memberships.Add(
            new Membership
            {
                UserId = id,
                OrganisationId = orgId,
                Role = role,
            }
        );
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same role was given a moment ago in another tab: the unique index keeps one.
            return Redirect(this.Links().AdminUser(id));
        }
        await tokenCache.EvictUserAsync(db, id);
        SecurityLog.RoleChanged(
            loggers.CreateLogger(SecurityLog.Category),
            role.ToString(),
            orgId,
            "given to",
            id,
            me.Id,
            SecurityLog.AddressOf(HttpContext)
        );
        var orgName = grantable.First(o => o.Id == orgId).Name;
        TempData[PageKeys.SuccessMessage] =
            $"{user.DisplayName} is now {RoleNames.Display(role).ToLowerInvariant()} in {orgName}.";
        return Redirect(this.Links().AdminUser(id));
    }

    private async Task<(ApplicationUser? User, List<Organisation> Grantable)> LoadAsync(string id)
    {
        var scope = new AdminScope(db, me);
        var user = await scope.FindUserAsync(id);
        if (user is null)
            return (null, []);
        Account = user;
        var grantable = await scope.GrantableOrganisationsAsync();
        OrganisationItems =
        [
            new SelectListItem("Select an organisation", ""),
            .. grantable.Select(o => new SelectListItem(o.Name, o.Id.ToString())),
        ];
        return (user, grantable);
    }
}
