using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>The "SignIn" configuration section: how many wrong sign-ins one address may make.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins from one address, over all accounts, before that address must wait.</summary>
    [Range(1, 10_000)]
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>How far back failures count, and so the longest wait.</summary>
    [Range(1, 24 * 60)]
    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// Slows password spraying: the lockout stops guessing at one account, this stops one address trying a password
/// across many. It counts failures only, so people signing in correctly are never held up. One node's memory is
/// enough: each node refuses a sprayer after the same number of failures. Behind a proxy the address is the client's
/// only if the proxy is named (docs/operations.md), or every user would share the proxy's.
/// </summary>
/// <remarks>An address is forgotten once its failures have all aged out: when it is next looked at, or by a sweep of
/// every address at most once a window, so someone cycling through source addresses makes it hold no more than the
/// failures of the last two windows.</remarks>
public sealed class SignInThrottle(TimeProvider clock, IOptions<SignInThrottleOptions> options)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new();
    private long _lastSweepTicks = clock.GetUtcNow().UtcTicks;
    private int _sweeping;

    /// <summary>How many addresses have failures held in memory.</summary>
    internal int AddressesHeld => _failures.Count;

    /// <summary>How long <paramref name="address"/> must wait before trying again, or null when it may try
    /// now.</summary>
    public TimeSpan? WaitFor(string address)
    {
        var now = clock.GetUtcNow();
        while (_failures.TryGetValue(address, out var failures))
            lock (failures)
            {
                // Forgotten between being found and being locked: look again, a failure may have come since.
                if (failures.Forgotten)
                    continue;
                if (Prune(address, failures, now) || failures.Times.Count < options.Value.FailuresPerAddress)
                    return null;
                return failures.Times.Peek() + Window - now;
            }
        return null;
    }

    public void RecordFailure(string address)
    {
        while (true)
        {
            var failures = _failures.GetOrAdd(address, _ => new Failures());
            lock (failures)
            {
                // Forgotten between being found and being locked: it is out of the dictionary, so add a new one.
                if (failures.Forgotten)
                    continue;
                failures.Times.Enqueue(clock.GetUtcNow());
            }
            break;
        }
        SweepIfDue();
    }

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.WindowMinutes);

    /// <summary>Drops the failures that have aged out; when none are left, forgets the address and says so. Called
    /// holding the lock on <paramref name="failures"/>, so a failure cannot be recorded in a queue being
    /// forgotten.</summary>
    private bool Prune(string address, Failures failures, DateTimeOffset now)
    {
        while (failures.Times.Count > 0 && now - failures.Times.Peek() >= Window)
            failures.Times.Dequeue();
        if (failures.Times.Count > 0)
            return false;
        failures.Forgotten = true;
        // Removes this entry only, never a new one added for the address since.
        _failures.TryRemove(new KeyValuePair<string, Failures>(address, failures));
        return true;
    }

    /// <summary>Looks at every address once a window has passed since the last sweep, for addresses that failed and
    /// never came back; one caller sweeps while the others carry on.</summary>
    private void SweepIfDue()
    {
        var now = clock.GetUtcNow();
        if (now.UtcTicks - Interlocked.Read(ref _lastSweepTicks) < Window.Ticks)
            return;
        if (Interlocked.Exchange(ref _sweeping, 1) == 1)
            return;
        try
        {
            Interlocked.Exchange(ref _lastSweepTicks, now.UtcTicks);
            foreach (var (address, failures) in _failures)
                lock (failures)
                    if (!failures.Forgotten)
                        Prune(address, failures, now);
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    private sealed class Failures
    {
        public readonly Queue<DateTimeOffset> Times = new();
        public bool Forgotten;
    }

    public const string TooMany =
        "There have been too many wrong sign-ins from your network. Wait {0} minutes, then try again";

    /// <summary>What a throttled sign-in step says, with its <c>Retry-After</c> header set: the same at every step
    /// (the page answers 429).</summary>
    public static string Refuse(HttpResponse response, TimeSpan wait)
    {
        response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(
            System.Globalization.CultureInfo.InvariantCulture
        );
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, TooMany, minutes);
    }
}
