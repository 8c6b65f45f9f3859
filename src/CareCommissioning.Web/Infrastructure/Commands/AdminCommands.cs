using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Seeding;

namespace CareCommissioning.Web.Infrastructure.Commands;

/// <summary>
/// Admin commands on the host executable: <c>migrate</c>, <c>seed --scale small|county|national</c>,
/// <c>verify-audit</c>, <c>backup [--to path]</c>, <c>platform-administrator --email address [--name name]</c>. Each
/// exits 0 on success and non-zero with a message otherwise. Configuration reaches them as it reaches the web host:
/// settings files, environment variables and command-line settings such as <c>--Database:SqlitePath=copy.db</c>.
/// </summary>
public static class AdminCommands
{
    private static readonly string[] Names =
    [
        "migrate",
        "seed",
        "verify-audit",
        "backup",
        "platform-administrator",
        "help",
    ];

    /// <summary>The commands' own options, each followed by its value.</summary>
    private static readonly string[] OwnOptions = ["--scale", "--to", "--email", "--name"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    /// <summary>
    /// The arguments the web host should see: for a command, everything but its name and its own options, so a
    /// setting given on the command line (<c>--Database:SqlitePath=copy.db</c>) is configuration as it is for the web.
    /// </summary>
    public static string[] WebArgs(string[] args)
    {
        if (!IsCommand(args))
            return args;
        var settings = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (OwnOptions.Contains(args[i]))
                i++;
            else
                settings.Add(args[i]);
        }
        return [.. settings];
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var output = Console.Out;
        try
        {
            switch (args[0])
            {
                case "migrate":
                    await DatabaseRegistration.MigrateAsync(db);
                    await output.WriteLineAsync("The database is up to date.");
                    return 0;
                case "seed":
                    return await SeedAsync(services, db, args);
                case "verify-audit":
                    return await VerifyAuditAsync(db);
                case "backup":
                    return await BackupCommand.RunAsync(app, db, Option(args, "--to"));
                case "platform-administrator":
                    return await PlatformAdministratorCommand.RunAsync(
                        services,
                        Option(args, "--email"),
                        Option(args, "--name"),
                        services.GetRequiredService<TimeProvider>()
                    );
                default:
                    await output.WriteLineAsync(Usage);
                    return 0;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException or IOException)
        {
            await Console.Error.WriteLineAsync($"{args[0]} failed: {e.Message}");
            return 1;
        }
    }

    private const string Usage = """
        Care Commissioning admin commands:
          migrate                              apply database migrations
          seed --scale small|county|national   add demo data up to a scale (deterministic)
          verify-audit                         check the audit trail's hash chain; exits 1 at the first broken row
          backup [--to FILE]                   copy the SQLite database consistently while the app runs
          platform-administrator --email ADDRESS [--name "NAME"]
                                               let this user add organisations; with --name, create the account
                                               first if there is none (a new installation's first user)
        Settings go after the command as for the web host, for example --Database:SqlitePath=copy.db.
        """;

    private static async Task<int> SeedAsync(IServiceProvider services, AppDbContext db, string[] args)
    {
        var scaleName = Option(args, "--scale") ?? "small";
        var scale = SeedScale.Parse(scaleName);
        if (scale is null)
        {
            await Console.Error.WriteLineAsync($"Unknown scale '{scaleName}'. Use small, county or national.");
            return 2;
        }
        await DatabaseRegistration.MigrateAsync(db);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await services.GetRequiredService<ScaleSeeder>().SeedAsync(scale);
        await Console.Out.WriteLineAsync(
            $"Seeded scale '{scale.Name}' ({scale.Stakeholders:N0} stakeholders, {scale.Risks:N0} risks, {scale.Providers:N0} providers, {scale.Purchases:N0} purchases, {scale.Suppliers:N0} suppliers) in {started.Elapsed.TotalSeconds:F1} s."
        );
        return 0;
    }

    private static async Task<int> VerifyAuditAsync(AppDbContext db)
    {
        var outcome = await AuditVerifier.VerifyAsync(db);
        if (outcome.FirstBreak is { } broken)
        {
            await Console.Error.WriteLineAsync(
                $"The audit trail is broken at entry {broken.Sequence}: {broken.Reason}. {outcome.RowsChecked:N0} entries before it are intact."
            );
            return 1;
        }
        await Console.Out.WriteLineAsync($"The audit trail is intact: {outcome.RowsChecked:N0} entries checked.");
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
