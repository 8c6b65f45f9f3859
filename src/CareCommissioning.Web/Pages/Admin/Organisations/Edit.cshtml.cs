namespace CareCommissioning.Web.Pages.Admin.Organisations;

/// <summary>Changes an organisation you administer. A save based on a stale page is refused, with the answers
/// kept.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class EditModel(AppDbContext db, CurrentUser me) : PageModel, IOrganisationForm
{
    public const string StaleMessage =
        "Someone else changed this organisation while you were editing it. Check its details below, then save your answers again";

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public string CurrentName { get; private set; } = "";

    /// <summary>When a save was refused as stale: the organisation as it is now.</summary>
    public Organisation? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organisation = await FindAsync(id);
        if (organisation is null)
            return NotFound();
        Input = OrganisationInput.From(organisation);
        Version = organisation.Version;
        CurrentName = organisation.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var organisation = await FindAsync(id);
        if (organisation is null)
            return NotFound();
        CurrentName = organisation.Name;
        var type = Input.Validate(ModelState);
        if (type is null)
            return Page();
        var lower = Input.Name!.Trim().ToLowerInvariant();
        if (await db.Organisations.AnyAsync(o => o.Id != id && o.Name.ToLower() == lower))
        {
            ModelState.AddModelError("Input.Name", "An organisation with this name already exists");
            return Page();
        }

        db.Entry(organisation).Property(o => o.Version).OriginalValue = Version;
        Input.ApplyTo(organisation, type.Value);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await Stale(id);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Name", "An organisation with this name already exists");
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"{organisation.Name} updated.";
        return Redirect(this.Links().AdminOrganisation(id));
    }

    private async Task<IActionResult> Stale(Guid id)
    {
        db.ChangeTracker.Clear();
        Current = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id);
        CurrentName = Current.Name;
        // The next save is made knowingly over the version now shown.
        Version = Current.Version;
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError(string.Empty, StaleMessage);
        return Page();
    }

    private async Task<Organisation?> FindAsync(Guid id) =>
        new AdminScope(db, me).Administers(id) ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id) : null;
}
