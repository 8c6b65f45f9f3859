namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>Archiving (or restoring) takes a stakeholder out of the register without deleting anything; it is
/// reversible.</summary>
[Authorize(Policy = Policies.StakeholdersWrite)]
public sealed class ArchiveModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Stakeholder Stakeholder { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var s = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersWrite);
        if (s is null)
            return NotFound();
        Stakeholder = s;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var s = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersWrite, track: true);
        if (s is null)
            return NotFound();
        s.Archived = !s.Archived;
        s.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = s.Archived ? $"{s.Name} has been archived" : $"{s.Name} has been restored";
        return Redirect(this.Links().Stakeholder(id));
    }
}
