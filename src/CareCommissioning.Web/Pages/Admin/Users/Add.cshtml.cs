using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>Adds a user with roles in one organisation you administer and a temporary password you set (shown once
/// afterwards).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AddModel(AppDbContext db, CurrentUser me, UserManager<ApplicationUser> users, TimeProvider clock)
    : PageModel
{
    public const string TemporaryPasswordKey = "TemporaryPassword";

    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Organisation { get; set; }
        public List<string> Roles { get; set; } = [];
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var grantable = await LoadAsync();
        if (grantable.Count == 1)
            Input.Organisation = grantable[0].Id.ToString();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var grantable = await LoadAsync();
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            ModelState.AddModelError("Input.Name", "Enter the user's full name");
        else if (name.Length > ApplicationUser.DisplayNameMaxLength)
            ModelState.AddModelError(
                "Input.Name",
                $"Full name must be {ApplicationUser.DisplayNameMaxLength} characters or fewer"
            );
        if (IdentityMessages.CheckEmail(Input.Email) is { } emailError)
            ModelState.AddModelError("Input.Email", emailError);
        Guid organisationId = default;
        if (string.IsNullOrEmpty(Input.Organisation))
            ModelState.AddModelError("Input.Organisation", "Select an organisation");
        else if (!Guid.TryParse(Input.Organisation, out organisationId) || grantable.All(o => o.Id != organisationId))
            ModelState.AddModelError("Input.Organisation", "Select an organisation you administer");
        var roles = new List<Role>();
        foreach (var value in Input.Roles)
        {
            if (AdminChoices.TryParse<Role>(value, out var role))
                roles.Add(role);
            else
                ModelState.AddModelError("Input.Roles", "Select roles from the list");
        }
        if (Input.Roles.Count == 0)
            ModelState.AddModelError("Input.Roles", "Select at least one role");
        if (IdentityMessages.CheckNewPassword(Input.Password, "Temporary password") is { } passwordError)
            ModelState.AddModelError("Input.Password", passwordError);
        if (!ModelState.IsValid)
            return Invalid();

        var email = Input.Email!.Trim();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name!,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(
                    IdentityMessages.IsAboutEmail(error) ? "Input.Email" : "Input.Password",
                    IdentityMessages.For(error, "Temporary password")
                );
            return Invalid();
        }
        foreach (var role in roles.Distinct())
            db.Memberships.Add(
                new Membership
                {
                    UserId = user.Id,
                    OrganisationId = organisationId,
                    Role = role,
                }
            );
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        TempData[TemporaryPasswordKey] = Input.Password;
        return Redirect(this.Links().AdminUserAdded(user.Id));
    }

    private async Task<List<Organisation>> LoadAsync()
    {
        var grantable = await new AdminScope(db, me).GrantableOrganisationsAsync();
        OrganisationItems =
        [
            new SelectListItem("Select an organisation", ""),
            .. grantable.Select(o => new SelectListItem(o.Name, o.Id.ToString())),
        ];
        return grantable;
    }

    private PageResult Invalid()
    {
        // A password is never written back into the page.
        Input.Password = null;
        ModelState.SetModelValue("Input.Password", null, null);
        return Page();
    }
}
