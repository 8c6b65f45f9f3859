namespace CareCommissioning.Web.Pages.Appraisals.Documents;

/// <summary>An easy-read summary: short sentences, one idea a line, large text, no figures without words
/// (OA-P18).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class EasyReadModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();
}
