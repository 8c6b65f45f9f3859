using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>The throttle forgets an address once its failures have aged out, so someone cycling through source
/// addresses cannot make it hold more and more.</summary>
public sealed class SignInThrottleMemoryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    private SignInThrottle Throttle(int failures = 20) =>
        new(_clock, Options.Create(new SignInThrottleOptions { FailuresPerAddress = failures, WindowMinutes = 15 }));

    [Fact]
    public void ThousandAddressesFailingOnce_AreForgottenAfterTheWindow_WhenTheNextFailureComes()
    {
        var throttle = Throttle();
        for (var i = 0; i < 1_000; i++)
            throttle.RecordFailure($"10.0.{i / 256}.{i % 256}");
        Assert.Equal(1_000, throttle.AddressesHeld);

        _clock.Advance(TimeSpan.FromMinutes(15));
        throttle.RecordFailure("192.0.2.1");

        Assert.Equal(1, throttle.AddressesHeld);
    }

    [Fact]
    public void AddressThatMustWait_IsForgottenWhenItsWaitEnds_AndIsThrottledAgainAfterAnotherTwentyFailures()
    {
        var throttle = Throttle();
        for (var i = 0; i < 20; i++)
            throttle.RecordFailure("192.0.2.1");
        Assert.Equal(TimeSpan.FromMinutes(15), throttle.WaitFor("192.0.2.1"));

        _clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Null(throttle.WaitFor("192.0.2.1"));
        Assert.Equal(0, throttle.AddressesHeld);
        for (var i = 0; i < 19; i++)
            throttle.RecordFailure("192.0.2.1");
        Assert.Null(throttle.WaitFor("192.0.2.1"));
        throttle.RecordFailure("192.0.2.1");
        Assert.Equal(TimeSpan.FromMinutes(15), throttle.WaitFor("192.0.2.1"));
    }

    [Fact]
    public void FailureRecordedWhileTheAddressIsBeingForgotten_IsStillCounted()
    {
        // Two threads released together, round after round: one records a failure while the other looks at the
        // address and forgets it, its one earlier failure having aged out. A failure put in the forgotten entry would
        // be lost.
        const int rounds = 20_000;
        var lost = 0;
        SignInThrottle throttle = null!;
        using var start = new Barrier(3);
        using var end = new Barrier(3);
        var recorder = new Thread(() => Repeat(() => throttle.RecordFailure("192.0.2.1")));
        var looker = new Thread(() => Repeat(() => throttle.WaitFor("192.0.2.1")));
        recorder.Start();
        looker.Start();
        for (var round = 0; round < rounds; round++)
        {
            throttle = Throttle(failures: 1);
            throttle.RecordFailure("192.0.2.1");
            _clock.Advance(TimeSpan.FromMinutes(15));
            start.SignalAndWait();
            end.SignalAndWait();
            if (throttle.WaitFor("192.0.2.1") is null)
                lost++;
        }
        recorder.Join();
        looker.Join();

        Assert.Equal(0, lost);

        void Repeat(Action action)
        {
            for (var round = 0; round < rounds; round++)
            {
                start.SignalAndWait();
                action();
                end.SignalAndWait();
            }
        }
    }
}
