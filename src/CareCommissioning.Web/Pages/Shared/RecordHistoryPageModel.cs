using CareCommissioning.Web.Infrastructure.Audit;

namespace CareCommissioning.Web.Pages.Shared;

/// <summary>The "history of changes" page of any record: the record must be visible to the user, then its audit trail
/// is shown.</summary>
public abstract class RecordHistoryPageModel(AppDbContext db) : PageModel
{
    protected AppDbContext Db { get; } = db;

    public RecordHistory History { get; private set; } = default!;
    public Guid Id { get; private set; }

    /// <param name="findTitle">The record's title, or null when the user may not see it (then the page is not
    /// found).</param>
    protected async Task<IActionResult> ShowAsync(Guid id, string entityType, Func<Task<string?>> findTitle)
    {
        if (await findTitle() is not { } title)
            return NotFound();
        Id = id;
        History = await RecordHistory.LoadAsync(Db, entityType, id.ToString(), title);
        return Page();
    }
}
