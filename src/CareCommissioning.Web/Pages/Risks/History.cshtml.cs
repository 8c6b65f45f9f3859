namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : RecordHistoryPageModel(db)
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ShowAsync(id, nameof(Risk), async () =>
            (await RiskAccess.FindVisibleAsync(Db, user, id, Policies.RisksRead))?.Title
        );
}
