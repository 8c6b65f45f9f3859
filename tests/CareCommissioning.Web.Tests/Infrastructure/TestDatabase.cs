using Npgsql;

namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// Which real database the web tests run on: SQLite (a temporary file per app) by default, or PostgreSQL
/// when <c>CC_TEST_POSTGRES</c> holds a connection string to a server where we may create databases
/// (the test command starts a throwaway one on loopback).
/// </summary>
/// <remarks>
/// Migrating and seeding the demo world (password hashing included) cost several seconds a database, paid by every
/// test class. So the first app of a test run migrates and seeds a template once, and each later app starts from a
/// copy of it: <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL, a file copy on SQLite. The app still runs its
/// migrations and seeder on the copy at start-up; both find nothing to do, as on a real restart.
/// </remarks>
public static class TestDatabase
{
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("CC_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool IsPostgres => PostgresServer is not null;

    public static string Name => IsPostgres ? "PostgreSQL" : "SQLite";

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "cc-tests");

    private static readonly Lazy<string> PostgresTemplate = new(() => CreateTemplate(PostgresSettings(TemplateName())));

    private static readonly Lazy<string> SqliteTemplate = new(() =>
        CreateTemplate(SqliteSettings(Path.Combine(Root, TemplateName(), "test.db")))
    );

    /// <summary>Configuration for a new database holding the migrated, seeded demo world and nothing else.</summary>
    public static Dictionary<string, string?> SeededDatabaseSettings(out Action cleanUp)
    {
        if (PostgresServer is { } server)
        {
            var name = "cc_test_" + Guid.NewGuid().ToString("N")[..16];
            Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{PostgresTemplate.Value}\"");
            var settings = PostgresSettings(name);
            cleanUp = () => DropPostgres(server, settings["Database:ConnectionString"]!);
            return settings;
        }
        var template = SqliteTemplate.Value;
        var dir = NewSqliteFolder(out cleanUp);
        var path = Path.Combine(dir, "test.db");
        File.Copy(template, path);
        return SqliteSettings(path);
    }

    /// <summary>Runs <paramref name="sql"/> on the database <paramref name="settings"/> describe, before any app
    /// starts on it.</summary>
    public static void Execute(Dictionary<string, string?> settings, string sql)
    {
        if (settings.GetValueOrDefault("Database:ConnectionString") is { Length: > 0 } connectionString)
        {
            using var postgres = new NpgsqlConnection(connectionString);
            postgres.Open();
            using var command = new NpgsqlCommand(sql, postgres);
            command.ExecuteNonQuery();
            return;
        }
        using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={settings["Database:SqlitePath"]}");
        sqlite.Open();
        using var sqliteCommand = sqlite.CreateCommand();
        sqliteCommand.CommandText = sql;
        sqliteCommand.ExecuteNonQuery();
    }

    private static string TemplateName() => "cc_template_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Starts the real app once on <paramref name="settings"/> so that it migrates and seeds, then lets go of
    /// the database.</summary>
    private static string CreateTemplate(Dictionary<string, string?> settings)
    {
        // Seeded an hour before the apps start, as a real database is filled before it is used, in the same UK day.
        using (var app = new AppFactory(settings, cleanUp: () => { }, AppFactory.Start.AddHours(-1)))
            _ = app.Services; // starting the host migrates and seeds
        if (settings.GetValueOrDefault("Database:ConnectionString") is { } connectionString)
        {
            // A database cannot be copied while anyone is connected to it.
            ClearPool(connectionString);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    DropPostgres(PostgresServer!, connectionString);
                }
                catch (NpgsqlException) { }
            };
            return new NpgsqlConnectionStringBuilder(connectionString).Database!;
        }
        // Closing every connection checkpoints SQLite's write-ahead log into the file, so the file alone is the
        // database.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = settings["Database:SqlitePath"]!;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
            }
            catch (IOException) { }
        };
        return path;
    }

    private static Dictionary<string, string?> PostgresSettings(string database) =>
        new()
        {
            ["Database:Provider"] = "Postgres",
            // Pooled, as in production: opening a fresh PostgreSQL connection per query made the suite several times
            // slower.
            ["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(PostgresServer)
            {
                Database = database,
            }.ToString(),
        };

    private static Dictionary<string, string?> SqliteSettings(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new() { ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = path };
    }

    private static string NewSqliteFolder(out Action cleanUp)
    {
        var dir = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        cleanUp = () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException) { }
        };
        return dir;
    }

    private static void DropPostgres(string server, string connectionString)
    {
        ClearPool(connectionString);
        Execute(
            server,
            $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)"
        );
    }

    private static void ClearPool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    private static void Execute(string server, string sql)
    {
        using var conn = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString()
        );
        conn.Open();
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }
}
