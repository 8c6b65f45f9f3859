namespace CareCommissioning.Web.Pages.Appraisals.Documents;

[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : RecordHistoryPageModel(db)
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ShowAsync(id, nameof(Appraisal), async () =>
            (await AppraisalAccess.FindVisibleAsync(Db, user, id, Policies.AppraisalsRead))?.Title
        );
}
