using System.Net;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Password spraying and what a lockout gives away.</summary>
public sealed class SignInThrottleTests : IDisposable
{
    private readonly AppFactory _app = new AppFactory().WithSetting("SignIn:FailuresPerAddress", "20");

    [Fact]
    public async Task OnePasswordSprayedOver20Accounts_ThenTheAddressMustWait_EvenWithARightPassword()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var client = _app.NewClient();
        for (var i = 0; i < 20; i++)
        {
            var wrong = await TestAccounts.TrySignInAsync(client, $"someone{i}@northshire.example", "Winter2026!");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var held = await TestAccounts.TrySignInAsync(client, account.Email, account.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.True(held.Headers.RetryAfter is not null, "no Retry-After");
        Assert.Equal(
            [string.Format(System.Globalization.CultureInfo.InvariantCulture, SignInThrottle.TooMany, 15)],
            (await HtmlClient.ParseAsync(held)).ErrorSummary()
        );

        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await TestAccounts.TrySignInAsync(client, account.Email, account.Password)).StatusCode
        );
    }

    [Fact]
    public async Task LockedAccount_IsAnsweredWithTheSameWorkAsAnUnknownOne()
    {
        var hashes = new CountingHasher();
        using var counted = _app.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s =>
                s.RemoveAll<IPasswordHasher<ApplicationUser>>().AddSingleton<IPasswordHasher<ApplicationUser>>(hashes)
            )
        );
        var account = await TestAccounts.CreateAsync(_app);
        var client = counted.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
            await TestAccounts.TrySignInAsync(client, account.Email, "not-the-password-" + i);

        hashes.Count = 0;
        var locked = await TestAccounts.TrySignInAsync(client, account.Email, account.Password);
        var lockedWork = hashes.Count;
        hashes.Count = 0;
        var unknown = await TestAccounts.TrySignInAsync(client, "nobody-at-all@northshire.example", "anything-at-all");
        var unknownWork = hashes.Count;

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(
            (await HtmlClient.ParseAsync(unknown)).ErrorSummary(),
            (await HtmlClient.ParseAsync(locked)).ErrorSummary()
        );
        Assert.Equal(1, unknownWork);
        Assert.Equal(unknownWork, lockedWork);
    }

    /// <summary>The app's own hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        public int Count;

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(
            ApplicationUser user,
            string hashedPassword,
            string providedPassword
        )
        {
            Interlocked.Increment(ref Count);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public void Dispose() => _app.Dispose();
}
