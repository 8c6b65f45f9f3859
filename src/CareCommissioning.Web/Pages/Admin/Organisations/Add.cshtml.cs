namespace CareCommissioning.Web.Pages.Admin.Organisations;

/// <summary>
/// Adds an organisation. Only a platform administrator may (an organisation's administrator may not create another
/// organisation to administer); whoever adds it becomes its administrator, so they can then add its users. A new
/// installation's first user is a platform administrator of no organisation yet: this is where they start.
/// </summary>
[Authorize(Policy = Policies.AddOrganisations)]
public sealed class AddModel(AppDbContext db, CurrentUser me) : PageModel, IOrganisationForm
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var type = Input.Validate(ModelState);
        if (type is null)
            return Page();
        var name = Input.Name!.Trim();
        var lower = name.ToLowerInvariant();
        if (await db.Organisations.AnyAsync(o => o.Name.ToLower() == lower))
        {
            ModelState.AddModelError("Input.Name", "An organisation with this name already exists");
            return Page();
        }

        var organisation = new Organisation { Name = name };
        Input.ApplyTo(organisation, type.Value);
        db.Organisations.Add(organisation);
        db.Memberships.Add(
            new Membership
            {
                UserId = me.Id,
                OrganisationId = organisation.Id,
                Role = Role.Administrator,
            }
        );
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same name a moment ago (the unique index said no).
            ModelState.AddModelError("Input.Name", "An organisation with this name already exists");
            return Page();
        }
        TempData[PageKeys.SuccessMessage] =
            $"{organisation.Name} added. You are its administrator, so you can now add its users.";
        return Redirect(this.Links().AdminOrganisation(organisation.Id));
    }
}
