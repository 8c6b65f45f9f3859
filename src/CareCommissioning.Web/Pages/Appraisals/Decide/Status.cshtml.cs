namespace CareCommissioning.Web.Pages.Appraisals.Decide;

/// <summary>
/// Moves the appraisal on (or back) one step and freezes the version it moved with, in one save. A refused move shows
/// why on this page and changes nothing.
/// </summary>
[Authorize(Policy = Policies.AppraisalsWrite)]
public sealed class StatusModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    [BindProperty]
    public AppraisalStatus To { get; set; }
    public IReadOnlyList<string> Blockers { get; private set; } = [];

    public IActionResult OnGet(Guid id) => Redirect(this.Links().Appraisal(id));

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        var from = Appraisal.Status;
        Blockers = AppraisalWorkflow.Move(Appraisal, To);
        if (Blockers.Count > 0)
        {
            foreach (var b in Blockers)
                ModelState.AddModelError(string.Empty, b);
            return Invalid();
        }
        await AppraisalAccess.FreezeAsync(
            Db,
            Appraisal,
            Current.DisplayName,
            Clock.GetUtcNow(),
            $"Moved from {AppraisalStatusNames.Display(from).ToLowerInvariant()} to {AppraisalStatusNames.Display(To).ToLowerInvariant()}"
        );
        return await SaveAsync(
            $"The appraisal is now {AppraisalStatusNames.Display(To).ToLowerInvariant()}. Version frozen."
        ) ?? Redirect(Path());
    }
}
