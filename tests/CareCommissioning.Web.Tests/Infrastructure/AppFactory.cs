using System.Net;
using CareCommissioning.Domain.Accounts;
using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// The real app through the real HTTP pipeline on a real database of its own holding the seeded demo world.
/// Share one per test class (<c>IClassFixture&lt;AppFactory&gt;</c>); tests create the records they change.
/// The app runs on a fake clock (<see cref="Clock"/>) that starts at <see cref="Start"/>, so no test depends on the day
/// it runs.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    // Each host's file providers would otherwise each hold an inotify instance, and a suite keeps dozens of hosts alive
    // at once: the per-user limit of 128 was reached on PostgreSQL on 5 December 2026 (IOException at host start).
    // Polling watchers take none; a test host never sees its files change anyway.
    static AppFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public const string Password = "demo-password-2026";

    /// <summary>The PBKDF2 rounds of the tests' apps' password hashes (the platform's default is 100,000).</summary>
    public const int HashRounds = 1_000;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action _cleanUp;

    /// <summary>
    /// When every app's clock starts: a weekday morning in December 2026, when the suite was written, so dates the
    /// tests spell out (consent given in November 2026, a review due in March 2027) stay in the past or future they
    /// were written for.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The UK day every app's clock starts on, for data written before there is an app (theory
    /// data).</summary>
    public static DateOnly FirstDay => UkCalendar.DateOf(Start);

    public AppFactory()
        : this(TestDatabase.SeededDatabaseSettings(out var cleanUp), cleanUp, Start) { }

    /// <summary>
    /// The app on the database <paramref name="database"/> describes, its clock starting at <paramref name="start"/>;
    /// <paramref name="cleanUp"/> removes the database on dispose.
    /// </summary>
    internal AppFactory(Dictionary<string, string?> database, Action cleanUp, DateTimeOffset start)
    {
        _settings = database;
        _cleanUp = cleanUp;
        // Each reading moves the clock on a millisecond, as time passes between requests, so records made one after
        // another are still ordered by when they were made.
        Clock = new FakeTimeProvider(start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        _settings["Seed:DemoOnFirstRun"] = "true";
        _settings["Seed:DemoPassword"] = Password;
        _settings["Outbox:PickupDirectory"] = OutboxFolder;
        // Every test client comes from one address; the throttle on it is tested on an app of its own
        // (SignInThrottleTests), so other tests' wrong passwords do not add up to it.
        _settings["SignIn:FailuresPerAddress"] = "10000";
        // As in the Demo environment, the demo administrator signs in with a password alone; the requirement is tested
        // with it on (TwoFactorTests) and its default in Production (ProductionStartTests).
        _settings["TwoFactor:RequiredForAdministrators"] = "false";
    }

    /// <summary>A setting of the tests' own, given before the app first starts (before <c>Services</c> or a client is
    /// asked for).</summary>
    public AppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Runs the app in the environment named (Development, Demo, Production) instead of Testing; given before
    /// the app first starts.</summary>
    public AppFactory InEnvironment(string name)
    {
        _environment = name;
        return this;
    }

    private string _environment = "Testing";

    /// <summary>The app's clock (its <see cref="TimeProvider"/>): tests read "now" and "today" from it, and may move it
    /// on.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Today in the UK by the app's clock.</summary>
    public DateOnly Today => UkCalendar.Today(Clock);

    /// <summary>Where this app's outbox writes e-mail as .eml files.</summary>
    public string OutboxFolder { get; } =
        Path.Combine(Path.GetTempPath(), "cc-tests", "outbox-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // Nor does it reload its settings files, so it needs no watcher on them at all.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        // Program reads configuration before ConfigureAppConfiguration runs for minimal hosts; settings also go in as
        // host settings.
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        // The sign-in cookie, the security stamp check and the lockout (ClockedUserManager) read this clock too.
        builder.ConfigureTestServices(s => s.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(Clock));
        // The same hasher, with fewer rounds: at the platform's 100,000 each sign-in cost about 60 ms of CPU, and
        // hashing was over a third of the suite's. The template database is seeded by an app like this one, so its
        // accounts hold hashes of these rounds too. The app as shipped keeps the platform's rounds
        // (ProductionStartTests reads them from a hash it stores); decision 0039.
        builder.ConfigureTestServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = HashRounds));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see the 302s.</summary>
    public HttpClient NewClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real sign-in form as the demo user holding <paramref
    /// name="role"/>.</summary>
    public async Task<HttpClient> SignedInAs(Role role)
    {
        var client = NewClient();
        var response = await client.PostFormAsync(
            "/account/sign-in",
            new() { ["Input.Email"] = DemoUsers.For(role).Email, ["Input.Password"] = Password }
        );
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {role} gave {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>A client that calls the API as the demo user holding <paramref name="role"/>, with a personal API token
    /// of theirs: the API takes changes from tokens only, never from the session cookie.</summary>
    public Task<HttpClient> ApiClientAs(Role role) => ApiClientFor(DemoUsers.For(role).Email);

    /// <summary>A client that calls the API with a new token of the account with <paramref name="email"/>.</summary>
    public async Task<HttpClient> ApiClientFor(string email)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer",
            await IssueTokenAsync(email, TimeSpan.FromDays(365))
        );
        return client;
    }

    /// <summary>A new personal API token of the account with <paramref name="email"/>, working for <paramref
    /// name="life"/> from now by the app's clock; its secret.</summary>
    public async Task<string> IssueTokenAsync(string email, TimeSpan life)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var secret = ApiTokenSecrets.NewSecret();
        db.ApiTokens.Add(
            new ApiToken
            {
                UserId = user.Id,
                Name = "tests",
                Prefix = ApiTokenSecrets.PrefixOf(secret),
                SecretHash = ApiTokenSecrets.Hash(secret),
                CreatedAt = Clock.GetUtcNow(),
                ExpiresAt = Clock.GetUtcNow().Add(life),
            }
        );
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>Signs in without a cookie container and returns the raw <c>Cookie</c> header, as someone copying it
    /// would hold it.</summary>
    public async Task<string> SessionCookieFor(Role role)
    {
        var client = CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }
        );
        var page = await client.GetAsync("/account/sign-in");
        var antiforgery = CookiePairs(page);
        var doc = await HtmlClient.ParseAsync(page);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["Input.Email"] = DemoUsers.For(role).Email,
                    ["Input.Password"] = Password,
                    ["__RequestVerificationToken"] = token,
                }
            ),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(post);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException("Sign-in failed.");
        return CookiePairs(response);
    }

    private static string CookiePairs(HttpResponseMessage response) =>
        string.Join(
            "; ",
            response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []
        );

    /// <summary>A scope for reading or arranging data directly in the database.</summary>
    public AsyncServiceScope Scope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _cleanUp();
    }
}
