using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>One user: their roles per organisation, whether they can sign in, and what you can do about it.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class DetailsModel(
    AppDbContext db,
    CurrentUser me,
    UserManager<ApplicationUser> users,
    TimeProvider clock
) : PageModel
{
    public sealed record RoleRow(Guid MembershipId, string Organisation, string Role, bool CanRemove, string? WhyNot);

    public ApplicationUser Account { get; private set; } = default!;
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];
    public bool LockedOut { get; private set; }
    public bool IsMe { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var scope = new AdminScope(db, me);
        var user = await scope.FindUserAsync(id);
        if (user is null)
            return NotFound();
        Account = user;
        IsMe = user.Id == scope.MyId;
        LockedOut = user.LockoutEnd > clock.GetUtcNow();
        var held = await (
            from m in db.Memberships.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
            where m.UserId == id
            orderby o.Name, m.Role
            select new
            {
                m.Id,
                m.OrganisationId,
                o.Name,
                m.Role,
            }
        ).ToListAsync();
        Roles = held.Select(m =>
            {
                var whyNot =
                    !scope.Administers(m.OrganisationId) ? "You do not administer this organisation"
                    : IsMe && m.Role == Role.Administrator ? "You cannot remove your own administrator role"
                    : held.Count == 1 ? "A user needs at least one role. Disable the account instead"
                    : null;
                return new RoleRow(m.Id, m.Name, RoleNames.Display(m.Role), whyNot is null, whyNot);
            })
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await new AdminScope(db, me).FindUserAsync(id);
        if (user is null)
            return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData[PageKeys.SuccessMessage] = $"{user.DisplayName}'s account is unlocked. They can sign in again now.";
        return Redirect(this.Links().AdminUser(id));
    }

    public async Task<IActionResult> OnPostEnableAsync(string id)
    {
        var user = await new AdminScope(db, me).FindUserAsync(id);
        if (user is null)
            return NotFound();
        if (user.Disabled)
        {
            user.Disabled = false;
            await users.UpdateAsync(user);
        }
        TempData[PageKeys.SuccessMessage] = $"{user.DisplayName}'s account is enabled. They can sign in again.";
        return Redirect(this.Links().AdminUser(id));
    }
}
