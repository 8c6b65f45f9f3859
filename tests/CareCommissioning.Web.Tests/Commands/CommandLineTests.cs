using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;
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
        var run = await AppProcess.RunAsync(DatabaseEnvironment(app), "verify-audit");
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
        var run = await AppProcess.RunAsync(DatabaseEnvironment(app), "verify-audit");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"The audit trail is broken at entry {target}:", run.Error);
        Assert.Contains($"{target - 1:N0} entries before it are intact", run.Error);
    }

    [Fact]
    [Trait(OwnSqliteFiles.Trait, OwnSqliteFiles.Value)]
    public async Task Backup_Sqlite_WritesACopyWithTheSameRowCounts()
    {
        // Backup copies the embedded SQLite database, so this test always runs on SQLite, whatever the other tests use.
        var dir = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var source = Path.Combine(dir, "source.db");
            var target = Path.Combine(dir, "backups", "copy.db");
            using (var app = new SqliteFileApp(source, demo: true))
            {
                await AuditTampering.MakeChangesAsync(app.Services);
                var env = new Dictionary<string, string?>
                {
                    ["Database__Provider"] = "Sqlite",
                    ["Database__SqlitePath"] = source,
                };
                var run = await AppProcess.RunAsync(env, "backup", "--to", target);
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
                    Assert.Equal(
                        await AppProcess.CountRowsAsync(source, table),
                        await AppProcess.CountRowsAsync(target, table)
                    );
                Assert.True(await AppProcess.CountRowsAsync(target, "AuditEntries") > 0);

                // A second backup to the same file is refused rather than written over.
                var again = await AppProcess.RunAsync(env, "backup", "--to", target);
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
    [Trait(OwnSqliteFiles.Trait, OwnSqliteFiles.Value)]
    public async Task VerifyAudit_DatabaseGivenOnTheCommandLine_ChecksThatCopyAndFindsItsCutTail()
    {
        // SQLite files: the command line names a copy of the database the environment points at.
        var dir = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var source = Path.Combine(dir, "source.db");
            var copy = Path.Combine(dir, "copy.db");
            using (var app = new SqliteFileApp(source, demo: true))
                await AuditTampering.MakeChangesAsync(app.Services);
            var env = new Dictionary<string, string?>
            {
                ["Database__Provider"] = "Sqlite",
                ["Database__SqlitePath"] = source,
            };
            var backup = await AppProcess.RunAsync(env, "backup", "--to", copy);
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

            var ofCopy = await AppProcess.RunAsync(env, "verify-audit", $"--Database:SqlitePath={copy}");
            Assert.True(ofCopy.ExitCode == 1, ofCopy.ToString());
            Assert.Contains($"rows {last - 7} to {last} at the end of the trail are missing", ofCopy.Error);
            var ofSource = await AppProcess.RunAsync(env, "verify-audit");
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

    [Fact]
    public async Task VerifyAudit_GivenAnOptionItDoesNotTake_RefusesRatherThanCheckingTheConfiguredDatabase()
    {
        // An operator meant a backup copy, but typed the option a setting would have; before, the command checked the
        // live database the environment names and said its trail was intact.
        using var app = new AppFactory();
        var copy = Path.Combine(Path.GetTempPath(), "cc-tests", $"{Guid.NewGuid():N}-copy.db");

        var run = await AppProcess.RunAsync(DatabaseEnvironment(app), "verify-audit", "--database", copy);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("verify-audit does not take '--database'", run.Error);
        Assert.Contains("--Database:SqlitePath=copy.db", run.Error);
        Assert.DoesNotContain("The audit trail is intact", run.Output);
    }

    [Fact]
    [Trait(OwnSqliteFiles.Trait, OwnSqliteFiles.Value)]
    public async Task VerifyAudit_OnASqliteFileThatIsNotThere_SaysSoAndMakesNoEmptyFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cc-tests", $"{Guid.NewGuid():N}-no-such-copy.db");
        var env = new Dictionary<string, string?> { ["Database__Provider"] = "Sqlite" };

        var run = await AppProcess.RunAsync(env, "verify-audit", $"--Database:SqlitePath={missing}");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"There is no database at {missing} (Database:SqlitePath)", run.Error);
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [Trait(OwnSqliteFiles.Trait, OwnSqliteFiles.Value)]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task Help_ListsTheCommandsAndStartsNothing(string asked)
    {
        var path = Path.Combine(Path.GetTempPath(), "cc-tests", $"{Guid.NewGuid():N}-help.db");
        var env = new Dictionary<string, string?>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__SqlitePath"] = path,
        };

        var run = await AppProcess.RunAsync(env, asked);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Care Commissioning admin commands:", run.Output);
        Assert.Contains("verify-audit", run.Output);
        Assert.DoesNotContain("is running at", run.Output);
        Assert.False(File.Exists(path), "no database was made");
    }

    /// <summary>Points the command at the test app's own database, SQLite or PostgreSQL.</summary>
    private static Dictionary<string, string?> DatabaseEnvironment(AppFactory app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var env = new Dictionary<string, string?> { ["Database__Provider"] = options.Provider.ToString() };
        if (options.Provider == DatabaseProvider.Postgres)
            env["Database__ConnectionString"] = options.ConnectionString!;
        else
            env["Database__SqlitePath"] = options.SqliteFullPath(AppContext.BaseDirectory);
        return env;
    }
}
