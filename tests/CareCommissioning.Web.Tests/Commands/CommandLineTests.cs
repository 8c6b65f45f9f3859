using System.Diagnostics;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Tests.Commands;

/// <summary>The admin commands as an operator runs them: the built web dll started as its own process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task VerifyAudit_IntactTrail_ExitsZero()
    {
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        var run = await RunAsync(DatabaseEnvironment(app), "verify-audit");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("The audit trail is intact", run.Output);
    }

    [Fact]
    public async Task VerifyAudit_TamperedRow_ExitsOneAndNamesTheEntry()
    {
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        long target;
        await using (var scope = app.Scope(out var db))
        {
            target = await AuditTampering.LastSequenceAsync(db) - 2;
            await AuditTampering.SetChangesAsync(db, target, "[]");
        }
        var run = await RunAsync(DatabaseEnvironment(app), "verify-audit");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"The audit trail is broken at entry {target}:", run.Error);
        Assert.Contains($"{target - 1:N0} entries before it are intact", run.Error);
    }

    [Fact]
    public async Task Backup_Sqlite_WritesACopyWithTheSameRowCounts()
    {
        // Backup copies the embedded SQLite database, so this test always runs on SQLite, whatever the other tests use.
        var dir = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var source = Path.Combine(dir, "source.db");
            var target = Path.Combine(dir, "backups", "copy.db");
            using (var app = new SqliteApp(source))
            {
                await AuditTampering.MakeChangesAsync(app.Services);
                var env = new Dictionary<string, string>
                {
                    ["Database__Provider"] = "Sqlite",
                    ["Database__SqlitePath"] = source,
                };
                var run = await RunAsync(env, "backup", "--to", target);
                Assert.True(run.ExitCode == 0, run.ToString());
                Assert.Contains("Backed up", run.Output);

                string[] tables =
                [
                    "AuditEntries",
                    "Organisations",
                    "AspNetUsers",
                    "Memberships",
                    "Stakeholders",
                    "Risks",
                    "ApiTokens",
                ];
                foreach (var table in tables)
                    Assert.Equal(await CountAsync(source, table), await CountAsync(target, table));
                Assert.True(await CountAsync(target, "AuditEntries") > 0);

                // A second backup to the same file is refused rather than written over.
                var again = await RunAsync(env, "backup", "--to", target);
                Assert.Equal(2, again.ExitCode);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException) { }
        }
    }

    [Fact]
    public async Task VerifyAudit_DatabaseGivenOnTheCommandLine_ChecksThatCopyAndFindsItsCutTail()
    {
        // SQLite files: the command line names a copy of the database the environment points at.
        var dir = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var source = Path.Combine(dir, "source.db");
            var copy = Path.Combine(dir, "copy.db");
            using (var app = new SqliteApp(source))
                await AuditTampering.MakeChangesAsync(app.Services);
            var env = new Dictionary<string, string>
            {
                ["Database__Provider"] = "Sqlite",
                ["Database__SqlitePath"] = source,
            };
            var backup = await RunAsync(env, "backup", "--to", copy);
            Assert.True(backup.ExitCode == 0, backup.ToString());
            long last;
            await using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = Web.Data.Migrations.AuditScopeSql.SqliteDropAppendOnly;
                await command.ExecuteNonQueryAsync();
                command.CommandText = "SELECT MAX(\"Sequence\") FROM \"AuditEntries\"";
                last = (long)(await command.ExecuteScalarAsync())!;
                command.CommandText = $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {last - 8}";
                await command.ExecuteNonQueryAsync();
            }

            var ofCopy = await RunAsync(env, "verify-audit", $"--Database:SqlitePath={copy}");
            Assert.True(ofCopy.ExitCode == 1, ofCopy.ToString());
            Assert.Contains($"rows {last - 7} to {last} at the end of the trail are missing", ofCopy.Error);
            var ofSource = await RunAsync(env, "verify-audit");
            Assert.True(ofSource.ExitCode == 0, ofSource.ToString());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException) { }
        }
    }

    private static async Task<long> CountAsync(string file, string table)
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = file,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString()
        );
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Points the command at the test app's own database, SQLite or PostgreSQL.</summary>
    private static Dictionary<string, string> DatabaseEnvironment(AppFactory app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var env = new Dictionary<string, string> { ["Database__Provider"] = options.Provider.ToString() };
        if (options.Provider == DatabaseProvider.Postgres)
            env["Database__ConnectionString"] = options.ConnectionString!;
        else
            env["Database__SqlitePath"] = options.SqliteFullPath(AppContext.BaseDirectory);
        return env;
    }

    public sealed record Run(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout: {Output}\nstderr: {Error}";
    }

    private static async Task<Run> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CareCommissioning.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Seed__DemoOnFirstRun"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in environment)
            start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>The app on a SQLite file of our choosing, seeded with the demo world.</summary>
    private sealed class SqliteApp(string path) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:SqlitePath", path);
            builder.UseSetting("Database:ConnectionString", "");
            builder.UseSetting("Seed:DemoOnFirstRun", "true");
            builder.UseSetting("Seed:DemoPassword", AppFactory.Password);
        }
    }
}
