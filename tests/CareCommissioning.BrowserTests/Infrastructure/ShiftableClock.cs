namespace CareCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// The live app's clock: real time, moved on by <see cref="Offset"/> when a journey needs days to pass (a feedback
/// period to close, a re-evaluation to fall due). Timers run on real time, so the app's background work is unchanged;
/// a journey that moves the clock puts it back when it ends, as the browser tests share one app.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
