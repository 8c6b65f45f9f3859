using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareCommissioning.Web.Tests.Commands;

/// <summary>
/// The app, run as its own process, holds garbage collection back while it starts and lets it run again soon after
/// (decision 0033), and renders its home page once while the host starts (decision 0034). Under a test host, which
/// starts many apps in one process, it does neither.
/// </summary>
[Trait(OwnSqliteFiles.Trait, OwnSqliteFiles.Value)]
public sealed class StartupCollectionsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AnAppStartedAsItsOwnProcess_HoldsCollectionsWhileStarting_ThenLetsThemRun()
    {
        var run = await RunAsItsOwnProcessAsync(TimeSpan.FromSeconds(3));

        Assert.Contains("Garbage collection was held back while starting and runs again now", run.Output);
    }

    [Fact]
    public async Task AnAppStartedAsItsOwnProcess_RendersItsHomePageOnceWhileStarting()
    {
        var run = await RunAsItsOwnProcessAsync(TimeSpan.FromSeconds(1));

        Assert.Contains("The home page was rendered once while starting (200 in", run.Output);
        Assert.DoesNotContain("could not be rendered", run.Output);
    }

    [Fact]
    public void UnderATestHost_NothingIsHeld()
    {
        Web.Infrastructure.Hosting.StartupCollections.Hold();

        Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
        Assert.False(Web.Infrastructure.Hosting.StartupCollections.Release());
    }

    /// <summary>Starts the app as its own process on a new database, with its own log at Debug, and stops it after
    /// <paramref name="running"/>.</summary>
    private async Task<AppProcess.Run> RunAsItsOwnProcessAsync(TimeSpan running)
    {
        Directory.CreateDirectory(_dir);
        var settings = new Dictionary<string, string?>
        {
            ["Database__SqlitePath"] = Path.Combine(_dir, "app.db"),
            ["Logging__LogLevel__CareCommissioning.Web"] = "Debug",
        };
        var run = await AppProcess.StartThenStopAsync(settings, () => Task.Delay(running));
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException) { }
    }
}
