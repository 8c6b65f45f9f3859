namespace CareCommissioning.Web.Pages.Strategies;

[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : RecordHistoryPageModel(db)
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ShowAsync(id, nameof(Strategy), async () => (await StrategyAccess.FindVisibleAsync(Db, user, id))?.Title);
}
