namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// The background services' wait between passes, ended by stopping without an exception. The host counts a service
/// that ends by throwing as failed, and it stops them when its own start fails (an address already in use), which
/// added two false "BackgroundService failed" errors to the real reason.
/// </summary>
internal static class Pause
{
    /// <summary>Waits <paramref name="delay"/>; false when the service is stopping instead.</summary>
    public static async Task<bool> ForAsync(TimeSpan delay, TimeProvider clock, CancellationToken stopping)
    {
        await Task.Delay(delay, clock, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return !stopping.IsCancellationRequested;
    }
}
