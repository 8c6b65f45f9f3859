using System.Net;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>How long a signed-in session lasts, by the app's clock: 30 minutes idle, nine hours in all.</summary>
public sealed class SessionLifetimeTests : IDisposable
{
    // Each test moves the clock a long way, so each has an app of its own.
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Session_LeftIdleFor31Minutes_AsksToSignInAgain()
    {
        var client = await SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        var later = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Contains("/account/sign-in", later.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Session_UsedEvery20Minutes_LastsTheMorning()
    {
        var client = await SignedInAsync();
        for (var i = 0; i < 12; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }
    }

    [Fact]
    public async Task Session_KeptBusy_EndsNineHoursAfterSigningIn()
    {
        var client = await SignedInAsync();
        // 8 hours 40 minutes of steady work: still signed in.
        for (var i = 0; i < 26; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(20));
        var afterNineHours = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, afterNineHours.StatusCode);
        Assert.Contains("/account/sign-in", afterNineHours.Headers.Location!.OriginalString);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var account = await TestAccounts.CreateAsync(_app);
        return await TestAccounts.SignInAsync(_app, account.Email, account.Password);
    }

    public void Dispose() => _app.Dispose();
}
