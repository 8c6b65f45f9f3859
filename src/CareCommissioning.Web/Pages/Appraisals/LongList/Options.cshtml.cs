namespace CareCommissioning.Web.Pages.Appraisals.LongList;

/// <summary>The long list of options, each carried forward or discounted with its reason (OA-P8, METHODS
/// §1.6).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class OptionsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();
}
