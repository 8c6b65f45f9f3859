using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// The real app through the real HTTP pipeline on a real database of its own holding the seeded demo world.
/// Share one per test class (<c>IClassFixture&lt;AppFactory&gt;</c>); tests create the records they change.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "demo-password-2026";
    private readonly Dictionary<string, string?> _settings;
    private readonly Action _cleanUp;

    public AppFactory() : this(TestDatabase.SeededDatabaseSettings(out var cleanUp), cleanUp) { }

    /// <summary>The app on the database <paramref name="database"/> describes; <paramref name="cleanUp"/> removes it on dispose.</summary>
    internal AppFactory(Dictionary<string, string?> database, Action cleanUp)
    {
        _settings = database;
        _cleanUp = cleanUp;
        _settings["Seed:DemoOnFirstRun"] = "true";
        _settings["Seed:DemoPassword"] = Password;
        _settings["Outbox:PickupDirectory"] = OutboxFolder;
    }

    /// <summary>Where this app's outbox writes e-mail as .eml files.</summary>
    public string OutboxFolder { get; } = Path.Combine(Path.GetTempPath(), "cc-tests", "outbox-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        // Program reads configuration before ConfigureAppConfiguration runs for minimal hosts; settings also go in as host settings.
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see the 302s.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real sign-in form as the demo user holding <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAs(Role role)
    {
        var client = NewClient();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = DemoUsers.For(role).Email, ["Input.Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {role} gave {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>Signs in without a cookie container and returns the raw <c>Cookie</c> header, as someone copying it would hold it.</summary>
    public async Task<string> SessionCookieFor(Role role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/sign-in");
        var antiforgery = CookiePairs(page);
        var doc = await HtmlClient.ParseAsync(page);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = DemoUsers.For(role).Email, ["Input.Password"] = Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(post);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Sign-in failed.");
        return CookiePairs(response);
    }

    private static string CookiePairs(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

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
        if (disposing) _cleanUp();
    }
}
