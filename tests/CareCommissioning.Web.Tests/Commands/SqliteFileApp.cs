using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareCommissioning.Web.Tests.Commands;

/// <summary>The app on a SQLite file of the test's choosing, with the demo world seeded or not; the demo password is
/// the tests' own unless <paramref name="demoPassword"/> names another (null: the configured default).</summary>
internal sealed class SqliteFileApp(string path, bool demo, string? demoPassword = AppFactory.Password)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", path);
        builder.UseSetting("Database:ConnectionString", "");
        builder.UseSetting("Seed:DemoOnFirstRun", demo ? "true" : "false");
        if (demoPassword is not null)
            builder.UseSetting("Seed:DemoPassword", demoPassword);
    }
}
