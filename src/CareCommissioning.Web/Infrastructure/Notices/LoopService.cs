namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// A background loop (the outbox, the reminders) whose task, seen by the host, never ends "cancelled". The host counts
/// a background task that ends cancelled as failed unless the host itself was stopping, and when its own start fails
/// (an address already in use) it stops the services without that: a service whose thread-pool task had not begun is
/// then cancelled before any of its code runs, and a false "BackgroundService failed" error came before the real
/// reason. The loops end a stop quietly themselves (<see cref="Pause"/>), so a cancelled task can only be that.
/// </summary>
public abstract class LoopService : BackgroundService
{
    private Task? _watched;

    public override Task? ExecuteTask => base.ExecuteTask is { } task ? _watched ??= EndedAsync(task) : null;

    private static async Task EndedAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException) when (task.IsCanceled)
        {
            // Cancelled before it began: a stop, not a failure.
        }
    }
}
