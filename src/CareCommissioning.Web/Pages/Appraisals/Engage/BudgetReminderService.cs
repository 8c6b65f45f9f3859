namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>Checks every hour for negotiation rounds whose answer is overdue, and reminds.</summary>
public sealed class BudgetReminderService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<BudgetReminderService> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await BudgetNotices.RemindAsync(
                    scope.ServiceProvider.GetRequiredService<AppDbContext>(),
                    clock.GetUtcNow()
                );
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Budget reminders could not be checked; they will be tried again");
            }
            await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
        }
    }
}
