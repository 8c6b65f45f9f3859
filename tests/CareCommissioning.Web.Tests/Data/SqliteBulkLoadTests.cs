using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// A scale seeding on SQLite writes through a rollback journal with a large page cache when it has the database to
/// itself, keeps the write-ahead log when another connection has the database open, and puts back the log and the
/// default cache after (<see cref="SqliteBulkLoad"/>).
/// </summary>
public sealed class SqliteBulkLoadTests
{
    [SqliteFact]
    public async Task WithTheDatabaseToItself_TheSeedingLeavesTheLog_AndGoesBackToIt()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        await db.Database.OpenConnectionAsync();

        Assert.True(await SqliteBulkLoad.BeginAsync(db, CancellationToken.None));
        Assert.Equal("delete", await PragmaAsync(db, "journal_mode"));
        Assert.Equal(-262144L, await PragmaAsync(db, "cache_size"));

        await SqliteBulkLoad.EndAsync(db, leftTheLog: true);
        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal(-2000L, await PragmaAsync(db, "cache_size"));
    }

    [SqliteFact]
    public async Task WhileAnotherConnectionHasTheDatabaseOpen_TheSeedingKeepsTheLog()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        await db.Database.OpenConnectionAsync();
        await using var other = new SqliteConnection(db.Database.GetDbConnection().ConnectionString);
        await other.OpenAsync();
        await using (var read = other.CreateCommand())
        {
            read.CommandText = "SELECT COUNT(*) FROM \"Organisations\";";
            Assert.True(Convert.ToInt32(await read.ExecuteScalarAsync()) > 0);
        }

        Assert.False(await SqliteBulkLoad.BeginAsync(db, CancellationToken.None));
        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
    }

    private static async Task<object?> PragmaAsync(AppDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return await command.ExecuteScalarAsync();
    }
}
