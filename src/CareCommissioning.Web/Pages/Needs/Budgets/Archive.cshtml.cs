namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>
/// Archiving takes a budget head out of the lists, the variance and new virements without deleting it or its money, so
/// appraisals and virements that name it still read correctly; it can be restored.
/// </summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class ArchiveModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public BudgetHead Head { get; private set; } = default!;
    public int WaitingVirements { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite);
        if (head is null)
            return NotFound();
        Head = head;
        WaitingVirements = await CountWaitingAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (head is null)
            return NotFound();
        Head = head;
        WaitingVirements = await CountWaitingAsync(id);
        if (!head.Archived && WaitingVirements > 0)
        {
            ModelState.AddModelError(
                string.Empty,
                "This budget head has virements waiting for a decision. Have them approved or rejected before you archive it"
            );
            return Page();
        }
        head.Archived = !head.Archived;
        head.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = head.Archived
            ? $"{head.Name} has been archived"
            : $"{head.Name} has been restored";
        return Redirect(this.Links().BudgetHead(id));
    }

    private Task<int> CountWaitingAsync(Guid id) =>
        db.Virements.CountAsync(v => v.Status == VirementStatus.Requested && (v.FromHeadId == id || v.ToHeadId == id));
}
