namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// Sends each reminder once, however many web nodes check (<see cref="SentReminder"/>): a reminder already recorded is
/// skipped, and each other one is saved in its own transaction with its record of being sent, so one another node sends
/// meanwhile fails here alone on the unique key and nothing goes twice.
/// </summary>
public static class ReminderLedger
{
    /// <summary>A reminder: its unique key, and what adds its messages to the context.</summary>
    public sealed record Due(string Key, Func<Task> Tell);

    /// <summary>Returns how many reminders this call sent.</summary>
    public static async Task<int> SendOnceAsync(AppDbContext db, IReadOnlyList<Due> due, DateTimeOffset now)
    {
        var keys = due.Select(r => r.Key).ToList();
        var sent = (
            await db.SentReminders.AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync()
        ).ToHashSet();
        var count = 0;
        foreach (var reminder in due.Where(r => sent.Add(r.Key)))
        {
            db.SentReminders.Add(new SentReminder { Key = reminder.Key, SentAt = now });
            await reminder.Tell();
            try
            {
                await db.SaveChangesAsync();
                count++;
            }
            catch (DbUpdateException)
            {
                // Another node sent this one first: its record stands, and this node's messages are dropped.
            }
            db.ChangeTracker.Clear();
        }
        return count;
    }
}
