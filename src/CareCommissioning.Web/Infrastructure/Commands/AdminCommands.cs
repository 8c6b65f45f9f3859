using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Commands;

/// <summary>
/// Admin commands on the host executable: <c>migrate</c>, <c>seed --scale small|county|national</c>,
/// <c>verify-audit</c>, <c>backup [--to path]</c>, <c>platform-administrator --email address [--name name]</c>. Each
/// exits 0 on success and non-zero with a message otherwise. Configuration reaches them as it reaches the web host:
/// settings files, environment variables and command-line settings such as <c>--Database:SqlitePath=copy.db</c>.
/// </summary>
public static class AdminCommands
{
    /// <summary>A command: its name, whether it only reads the database (so a SQLite file that is not there is an
    /// error rather than an empty database made by opening it), and what it does.</summary>
    private sealed record Command(
        string Name,
        bool OnlyReads,
        Func<WebApplication, IServiceProvider, AppDbContext, string[], Task<int>> RunAsync
    );

    /// <summary>Every command, in the order <c>help</c> lists them; the one place a new command is added.</summary>
    private static readonly Command[] Commands =
    [
        new("migrate", false, (_, _, db, _) => MigrateAsync(db)),
        new("seed", false, (_, services, db, args) => SeedAsync(services, db, args)),
        new("verify-audit", true, (_, _, db, _) => VerifyAuditAsync(db)),
        new("backup", true, (app, _, db, args) => BackupCommand.RunAsync(app, db, Option(args, "--to"))),
        new("platform-administrator", false, (_, services, _, args) =>
            PlatformAdministratorCommand.RunAsync(
                services,
                Option(args, "--email"),
                Option(args, "--name"),
                services.GetRequiredService<TimeProvider>()
            )
        ),
        new("help", false, (_, _, _, _) => HelpAsync()),
    ];

    /// <summary>The commands' own options, each followed by its value.</summary>
    private static readonly string[] OwnOptions = ["--scale", "--to", "--email", "--name"];

    /// <summary>What people type for help besides <c>help</c>; each lists the commands rather than starting the
    /// app.</summary>
    private static readonly string[] HelpOptions = ["--help", "-h", "-?", "/?"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Find(args[0]) is not null || HelpOptions.Contains(args[0]));

    /// <summary>The command named <paramref name="name"/>, or null.</summary>
    private static Command? Find(string name) => Array.Find(Commands, c => c.Name == name);

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

    /// <summary>The host's own settings that may be given by a short name; any other setting needs its full
    /// name.</summary>
    private static readonly string[] HostSettings = ["environment", "contentRoot", "applicationName"];

    /// <summary>
    /// An option the command does not take, or null. The command line is configuration too, so a mistyped option
    /// (<c>verify-audit --database copy.db</c>) was taken as a setting nothing reads, and the command ran on the
    /// configured database instead of the copy meant. A setting for a command names its section
    /// (<c>--Database:SqlitePath=copy.db</c>).
    /// </summary>
    private static string? UnknownOption(string[] args)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (OwnOptions.Contains(args[i]))
            {
                i++;
                continue;
            }
            var key = args[i].TrimStart('-', '/').Split('=', 2)[0];
            var isSetting = key.Contains(':') || HostSettings.Contains(key, StringComparer.OrdinalIgnoreCase);
            if (args[i].StartsWith('-') && !isSetting)
                return args[i];
        }
        return null;
    }

    /// <summary>The SQLite file a command that only reads was pointed at, when there is none: opening it would make an
    /// empty one, and the command would then check or copy nothing.</summary>
    private static string? MissingDatabaseFile(WebApplication app, Command command)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!command.OnlyReads || options.Provider != DatabaseProvider.Sqlite)
            return null;
        var path = options.SqliteFullPath(app.Environment.ContentRootPath);
        return File.Exists(path) ? null : path;
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (UnknownOption(args) is { } unknown)
        {
            await Console.Error.WriteLineAsync(
                $"{args[0]} does not take '{unknown}'. Give a setting by its full name after the command, for example "
                    + "--Database:SqlitePath=copy.db; 'help' lists each command's options."
            );
            return 2;
        }
        // A help option (--help, -h…) is not a command's name: it lists the commands as help does.
        var command = Find(args[0]) ?? Find("help")!;
        if (MissingDatabaseFile(app, command) is { } missing)
        {
            await Console.Error.WriteLineAsync(
                $"There is no database at {missing} (Database:SqlitePath), so {args[0]} has nothing to read."
            );
            return 2;
        }
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        try
        {
            return await command.RunAsync(app, services, db, args);
        }
        // Before the command's own failures: EF reports a server that cannot be reached as an
        // InvalidOperationException, which would otherwise read "verify-audit failed: … likely due to a transient
        // failure". A save that the database refused (DbUpdateException) is the command's failure, not a database that
        // cannot be used.
        catch (Exception e) when (e is not DbUpdateException && Hosting.Startup.CannotUseDatabase(e, app))
        {
            return 2;
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

    private static async Task<int> MigrateAsync(AppDbContext db)
    {
        await DatabaseRegistration.MigrateAsync(db);
        await Console.Out.WriteLineAsync("The database is up to date.");
        return 0;
    }

    private static async Task<int> HelpAsync()
    {
        await Console.Out.WriteLineAsync(Usage);
        return 0;
    }

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
