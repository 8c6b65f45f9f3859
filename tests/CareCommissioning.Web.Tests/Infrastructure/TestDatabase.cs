using Npgsql;

namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// Which real database the web tests run on: SQLite (a fresh temporary file per app) by default, or PostgreSQL
/// when <c>CC_TEST_POSTGRES</c> holds a connection string to a server where we may create databases
/// (the test command starts a throwaway one on loopback).
/// </summary>
public static class TestDatabase
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("CC_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool IsPostgres => PostgresServer is not null;

    public static string Name => IsPostgres ? "PostgreSQL" : "SQLite";

    /// <summary>Configuration for a brand-new, empty database.</summary>
    public static Dictionary<string, string?> NewDatabaseSettings(out Action cleanUp)
    {
        if (PostgresServer is { } server)
        {
            var name = "cc_test_" + Guid.NewGuid().ToString("N")[..16];
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
            cleanUp = () => DropPostgres(server, name);
            return new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = builder.ToString() };
        }
        var dir = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        cleanUp = () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        };
        return new() { ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = Path.Combine(dir, "test.db") };
    }

    private static void DropPostgres(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
        conn.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        cmd.ExecuteNonQuery();
    }
}
