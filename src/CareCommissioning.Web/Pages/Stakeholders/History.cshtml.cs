namespace CareCommissioning.Web.Pages.Stakeholders;

[Authorize(Policy = Policies.StakeholdersRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : RecordHistoryPageModel(db)
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ShowAsync(id, nameof(Stakeholder), async () =>
            (await StakeholderAccess.FindVisibleAsync(Db, user, id, Policies.StakeholdersRead))?.Name
        );
}
