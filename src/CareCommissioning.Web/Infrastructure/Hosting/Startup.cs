using System.Data.Common;
using System.Net.Sockets;
using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Hosting;

public static class Startup
{
    /// <summary>Fails fast, with the setting to fix, before anything touches the database.</summary>
    public static bool ConfigurationIsValid(WebApplication app)
    {
        // Every section of ours is read now, so a value of the wrong kind ("Outbox:Enabled": "maybe") or out of range
        // stops the start here with the setting named, not later with an unhandled exception or a service that quietly
        // stops the host. Every problem found is said at once, so one start shows all there are to mend.
        var problems = new List<string>();
        T? Check<T>()
            where T : class
        {
            try
            {
                return Read<T>(app);
            }
            catch (OptionsValidationException e)
            {
                problems.Add(OutOfRangeSettings.Describe(e, app.Configuration));
            }
            catch (InvalidOperationException e) when (e.InnerException is not null)
            {
                // The binder's own words name the setting and the value; the innermost says why it is not one.
                problems.Add($"{e.Message} {Causes(e).Last().Message}");
            }
            return null;
        }
        _ = Check<DatabaseOptions>();
        var seed = Check<SeedOptions>();
        _ = Check<Paging.ListCountOptions>();
        _ = Check<Notices.OutboxOptions>();
        _ = Check<Identity.TwoFactorOptions>();
        _ = Check<Identity.SessionLimits>();
        _ = Check<Identity.SignInThrottleOptions>();
        if (seed is null || problems.Count > 0)
            return CannotStart(string.Join(" ", problems));
        var keys = app.Services.GetRequiredService<KeyProtection>();
        var problem = PublicAddress.Problem(app.Configuration, app.Environment)
            ?? DemoSafety.ConfigurationProblem(seed, app.Environment)
            ?? keys.Problem(app.Environment)
            ?? ListenAddresses.Problem(app.Configuration);
        if (problem is not null)
            return CannotStart(problem);
        if (app.Environment.IsProduction() && keys.StoresKeysUnencrypted)
            SecurityLog.KeysUnencrypted(SecurityLog.For(app.Services));
        return true;
    }

    /// <summary>
    /// True, with the reason written out as the other refusals are, when the server could not listen where it was told:
    /// the address is already in use (another copy of the app, or another program), is not this machine's, or needs
    /// privileges. The runtime would otherwise end the process with an unhandled exception and an abort.
    /// </summary>
    public static bool CannotListen(Exception e, string listenAt)
    {
        const string settings = ListenAddresses.Settings + ".";
        var why = e switch
        {
            IOException { InnerException: AddressInUseException } => e.Message
                + " Stop what is using it, or choose another address with "
                + settings,
            SocketException s => $"It could not listen at {listenAt}: {s.Message}. Choose an address of this machine, "
                + "and a port it may open, with "
                + settings,
            _ => null,
        };
        return why is not null && !CannotStart(why);
    }

    /// <summary>
    /// True, with the reason written out as the other refusals are, when the database gave an error before the app
    /// could serve: most often a connection string that names the wrong server, user or database, a server that is
    /// down, or a SQLite file that is not this app's database. The runtime would otherwise end the process with an
    /// unhandled exception and an abort. The connection string is never printed: it may hold a password.
    /// </summary>
    public static bool CannotUseDatabase(Exception e, WebApplication app)
    {
        var failure = Causes(e).OfType<DbException>().FirstOrDefault();
        if (failure is null)
            return false;
        var options = Read<DatabaseOptions>(app);
        var (which, check) =
            options.Provider == DatabaseProvider.Postgres
                ? (
                    "The PostgreSQL database in Database:ConnectionString",
                    "the server is running and lets this app's user in"
                )
                : (
                    $"The SQLite database at {options.SqliteFullPath(app.Environment.ContentRootPath)} (Database:SqlitePath)",
                    "the file is this app's database and the app may write to it"
                );
        var cause = failure.InnerException is { } inner and not DbException ? $" ({inner.Message})" : "";
        return !CannotStart(
            $"{which} could not be used: {failure.Message.TrimEnd('.')}{cause}. Check that setting, and that {check} "
                + "(docs/operations.md, Deploying)."
        );
    }

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            yield return x;
    }

    private static T Read<T>(WebApplication app)
        where T : class => app.Services.GetRequiredService<IOptions<T>>().Value;

    private static bool CannotStart(string why)
    {
        Console.Error.WriteLine("Care Commissioning cannot start: " + why);
        return false;
    }

    /// <summary>Migrate, then on an empty database seed the demo world (when configured to). False, with the reason
    /// written out, when the database cannot be used, or when a live service still has demo accounts that open with the
    /// published password.</summary>
    public static async Task<bool> PrepareDatabaseAsync(WebApplication app)
    {
        try
        {
            return await MigrateAndSeedAsync(app);
        }
        catch (Exception e) when (CannotUseDatabase(e, app))
        {
            return false;
        }
    }

    private static async Task<bool> MigrateAndSeedAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseRegistration.MigrateAsync(db);
        if (scope.ServiceProvider.GetRequiredService<IOptions<SeedOptions>>().Value.DemoOnFirstRun)
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        var open = await DemoSafety.AccountsWithPublishedPasswordAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
            app.Environment
        );
        return open.Count == 0
            || CannotStart(
                $"{open.Count} demo account(s) in this Production database still sign in with the password printed in "
                    + $"the README ({string.Join(", ", open)}). Disable them or change their passwords first."
            );
    }

    /// <summary>The first warm-up, on a thread-pool thread while the main thread registers the services: the
    /// configured provider's compiled EF model (<c>Data/CompiledModels</c>), which needs no services. It was otherwise
    /// made by the relational model's warm-up, on its critical path (decision 0034).</summary>
    public static Task LoadCompiledModelAsync(WebApplicationBuilder builder)
    {
        var provider = builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        var postgres = string.Equals(provider, nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase);
        return Task.Run(() =>
            _ = postgres
                ? Data.CompiledModels.Postgres.PostgresAppDbContextModel.Instance
                : Data.CompiledModels.Sqlite.SqliteAppDbContextModel.Instance
        );
    }

    /// <summary>
    /// EF's relational model (tables and columns for each entity, about 0.2 s), made on a thread-pool thread while
    /// start-up maps the app and checks the database (decisions 0027 and 0032); EF would otherwise make it for the
    /// first LINQ query, a user's. It touches no database, which may not be migrated yet, and starts as soon as the
    /// services are built: it is the longer of the two warm-ups. <c>Program</c> awaits both before the app runs, so a
    /// broken model or endpoint still stops the start.
    /// </summary>
    public static Task MakeRelationalModelAsync(WebApplication app) =>
        Task.Run(() =>
        {
            using var scope = app.Services.CreateScope();
            _ = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model.GetRelationalModel();
        });

    /// <summary>The other warm-up: every endpoint is built, once (<see cref="EndpointsBuiltOnce"/>), so authorisation's
    /// policy cache and the router find them built when the host starts and the first request comes. It reads the app's
    /// own sources: the app's endpoint data source only gathers them as the host starts.</summary>
    public static Task BuildEndpointsAsync(WebApplication app) =>
        Task.Run(() =>
        {
            foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
                _ = source.Endpoints;
        });

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
            foreach (var user in DemoUsers.Everyone)
                Console.WriteLine($"  {RoleNames.Display(user.Role), -24} {user.Email, -28} ({user.Organisation})");
        }
        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
