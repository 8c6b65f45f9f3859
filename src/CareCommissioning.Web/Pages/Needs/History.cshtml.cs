namespace CareCommissioning.Web.Pages.Needs;

[Authorize(Policy = Policies.NeedsRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : RecordHistoryPageModel(db)
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ShowAsync(id, nameof(ServiceLine), async () =>
            (await ServiceLineAccess.FindVisibleAsync(Db, user, id, Policies.NeedsRead))?.Name
        );
}
