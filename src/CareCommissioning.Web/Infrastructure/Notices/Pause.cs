namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// The background services' wait between passes, ended by stopping without an exception. The host counts a service
/// that ends by throwing as failed, and it stops them when its own start fails (an address already in use), which
/// added a false "BackgroundService failed" error for each to the real reason. A service whose thread-pool task had not
/// begun when the start failed is cancelled before any of its code runs: <see cref="LoopService"/> keeps that quiet.
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
