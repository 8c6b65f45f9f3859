namespace CareCommissioning.Web.Pages.Admin.Organisations;

/// <summary>
/// Archives an organisation: it stays on every record that names it and its users keep their roles,
/// but no new roles can be given in it. It can be restored from its page.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class ArchiveModel(AppDbContext db, CurrentUser me) : PageModel
{
    public Organisation Organisation { get; private set; } = default!;

    [BindProperty]
    public int Version { get; set; }

    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organisation = await FindAsync(id);
        if (organisation is null)
            return NotFound();
        if (organisation.Archived)
            return Redirect(this.Links().AdminOrganisation(id));
        Organisation = organisation;
        Version = organisation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var organisation = await FindAsync(id);
        if (organisation is null)
            return NotFound();
        if (organisation.Archived)
            return Redirect(this.Links().AdminOrganisation(id));
        db.Entry(organisation).Property(o => o.Version).OriginalValue = Version;
        organisation.Archived = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id);
            Version = Organisation.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(
                string.Empty,
                "Someone else changed this organisation since you opened this page. Check its details, then archive it again if you still want to"
            );
            Stale = true;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"{organisation.Name} archived.";
        return Redirect(this.Links().AdminOrganisation(id));
    }

    private async Task<Organisation?> FindAsync(Guid id) =>
        new AdminScope(db, me).Administers(id) ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id) : null;
}
