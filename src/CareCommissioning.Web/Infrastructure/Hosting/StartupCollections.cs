using System.Reflection;
using System.Runtime;

namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// No garbage collection while the app starts (decision 0033). A start allocates a great deal that lives briefly:
/// endpoints, JSON and EF metadata, options. With the runtime's default budget the young generation was collected
/// several times while starting, each time pausing every thread. Here collections wait, within a budget, until a moment
/// after the host has started; the first one then frees the start's garbage at once. If the start allocates more than
/// the budget, the runtime ends the wait itself and collects as usual.
/// </summary>
public static class StartupCollections
{
    private const long Budget = 256L * 1024 * 1024;

    /// <summary>False under a test host, which starts many apps in one process.</summary>
    public static bool AppIsItsOwnProcess => Assembly.GetEntryAssembly() == typeof(StartupCollections).Assembly;

    /// <summary>Holds collections back, when the app is its own process: a test host starts many apps in one process,
    /// whose heap the runtime would first collect in full each time.</summary>
    public static void Hold()
    {
        if (!AppIsItsOwnProcess)
            return;
        try
        {
            _ = GC.TryStartNoGCRegion(Budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A budget larger than this runtime's configuration allows: collect as usual.
        }
        catch (InvalidOperationException)
        {
            // Already waiting.
        }
    }

    /// <summary>Lets collections run again; true when they were still held back (not when the budget ran out, and
    /// the runtime ended the wait itself).</summary>
    public static bool Release()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
            return false;
        try
        {
            GC.EndNoGCRegion();
            return true;
        }
        catch (InvalidOperationException)
        {
            // The budget ran out in between, and the runtime has already collected.
            return false;
        }
    }

    /// <summary>Releases once the host has started and its first requests have had <paramref name="after"/> to
    /// come, and says so in the log.</summary>
    public static void ReleaseAfterStart(WebApplication app, TimeSpan after) =>
        app.Lifetime.ApplicationStarted.Register(() =>
            _ = Task.Delay(after)
                .ContinueWith(
                    _ =>
                    {
                        var collections = GC.CollectionCount(0);
                        if (Release())
                            app.Logger.LogInformation(
                                "Garbage collection was held back while starting and runs again now; the young "
                                    + "generation was collected {Collections} time(s) during the start.",
                                collections
                            );
                    },
                    TaskScheduler.Default
                )
        );
}
