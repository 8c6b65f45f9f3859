using CareCommissioning.Web.Infrastructure.Notices;

namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>Budget negotiation rounds whose answer is overdue, checked each hour (<see
/// cref="BudgetNotices"/>).</summary>
public sealed class BudgetReminders(AppDbContext db) : IReminderCheck
{
    public Task<int> RemindAsync(DateTimeOffset now) => BudgetNotices.RemindAsync(db, now);
}
