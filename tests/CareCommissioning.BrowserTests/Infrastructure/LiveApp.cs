using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareCommissioning.BrowserTests.Infrastructure;

/// <summary>The real app served by Kestrel on a free loopback port, on a fresh SQLite file with the demo
/// data.</summary>
public sealed class LiveApp : WebApplicationFactory<Program>
{
    public const string Password = "demo-password-2026";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-browser", Guid.NewGuid().ToString("N"));

    public LiveApp()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>The app's clock, which a journey may move on (and must put back).</summary>
    public ShiftableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", Path.Combine(_folder, "browser.db"));
        builder.UseSetting("Seed:DemoOnFirstRun", "true");
        builder.UseSetting("Seed:DemoPassword", Password);
        builder.UseSetting("Outbox:PickupDirectory", Path.Combine(_folder, "outbox"));
        // As in the Demo environment: the demo administrator signs in with a password alone (the requirement has tests
        // of its own in the web tests).
        builder.UseSetting("TwoFactor:RequiredForAdministrators", "false");
        builder.ConfigureTestServices(s => s.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
    }
}
