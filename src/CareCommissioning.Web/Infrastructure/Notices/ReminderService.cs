namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>Checks every hour, from a minute after start-up, for reminders due (budget rounds, partnership returns and
/// rounds) and sends them; one kind failing never stops the others.</summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderService> log)
    : LoopService
{
    /// <summary>How long after start-up the first check waits, so it never competes with the first requests.</summary>
    public static readonly TimeSpan FirstCheckAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await Pause.ForAsync(FirstCheckAfter, clock, stoppingToken))
            return;
        do
        {
            using var scope = scopes.CreateScope();
            foreach (var check in scope.ServiceProvider.GetServices<IReminderCheck>())
                try
                {
                    await check.RemindAsync(clock.GetUtcNow());
                }
                catch (Exception e)
                {
                    log.LogWarning(e, "{Check} could not be checked; it will be tried again", check.GetType().Name);
                }
        } while (await Pause.ForAsync(TimeSpan.FromHours(1), clock, stoppingToken));
    }
}
