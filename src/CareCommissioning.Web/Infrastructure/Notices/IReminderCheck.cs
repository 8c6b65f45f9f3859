namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>One kind of reminder the <see cref="ReminderService"/> checks for each hour, resolved in a scope of its
/// own.</summary>
public interface IReminderCheck
{
    /// <summary>Sends what is due at <paramref name="now"/>; returns how many reminders went out.</summary>
    Task<int> RemindAsync(DateTimeOffset now);
}
