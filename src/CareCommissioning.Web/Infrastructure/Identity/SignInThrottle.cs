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
public sealed class SignInThrottle(TimeProvider clock, IOptions<SignInThrottleOptions> options)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new();

    /// <summary>How long <paramref name="address"/> must wait before trying again, or null when it may try
    /// now.</summary>
    public TimeSpan? WaitFor(string address)
    {
        if (!_failures.TryGetValue(address, out var times))
            return null;
        var window = TimeSpan.FromMinutes(options.Value.WindowMinutes);
        var now = clock.GetUtcNow();
        lock (times)
        {
            while (times.Count > 0 && now - times.Peek() >= window)
                times.Dequeue();
            if (times.Count < options.Value.FailuresPerAddress)
                return null;
            return times.Peek() + window - now;
        }
    }

    public void RecordFailure(string address)
    {
        var times = _failures.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (times)
            times.Enqueue(clock.GetUtcNow());
    }
}
