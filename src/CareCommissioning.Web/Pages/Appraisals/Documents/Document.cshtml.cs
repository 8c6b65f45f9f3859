namespace CareCommissioning.Web.Pages.Appraisals.Documents;

/// <summary>The options appraisal document as an accessible web page that prints well (OA-P18).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class DocumentModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public AppraisalDocument Document { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Document = await AppraisalDocument.BuildAsync(Db, Appraisal);
        return Page();
    }
}
