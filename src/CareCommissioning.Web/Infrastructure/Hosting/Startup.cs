using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Hosting;

public static class Startup
{
    /// <summary>Fails fast, with the setting to fix, before anything touches the database.</summary>
    public static bool ConfigurationIsValid(WebApplication app)
    {
        try
        {
            _ = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine("Care Commissioning cannot start: " + string.Join(" ", e.Failures));
            return false;
        }
    }

    /// <summary>Migrate, then on an empty database seed the demo world (when configured to).</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseRegistration.MigrateAsync(db);
        if (scope.ServiceProvider.GetRequiredService<IOptions<SeedOptions>>().Value.DemoOnFirstRun)
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    public static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? [];
        var seed = app.Services.GetRequiredService<IOptions<SeedOptions>>().Value;
        var address = addresses.FirstOrDefault() ?? "(unknown)";
        Console.WriteLine();
        Console.WriteLine($"Care Commissioning is running at {address}");
        if (seed.DemoOnFirstRun)
        {
            Console.WriteLine($"Sign in as any demo user with the password '{seed.DemoPassword}':");
            foreach (var user in DemoUsers.All)
                Console.WriteLine($"  {RoleNames.Display(user.Role), -24} {user.Email, -28} ({user.Organisation})");
        }
        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
