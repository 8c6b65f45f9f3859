using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// A scale seeding on SQLite writes through a rollback journal when it has the database to itself, and keeps the
/// write-ahead log when another connection has the database open (<see cref="SqliteSeedingJournal"/>).
/// </summary>
public sealed class SqliteSeedingJournalTests
{
    [SqliteFact]
    public async Task WithTheDatabaseToItself_TheSeedingLeavesTheLog_AndGoesBackToIt()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        await db.Database.OpenConnectionAsync();

        Assert.True(await SqliteSeedingJournal.LeaveWriteAheadLogAsync(db, CancellationToken.None));
        Assert.Equal("delete", await JournalModeAsync(db));

        await SqliteSeedingJournal.ReturnToWriteAheadLogAsync(db);
        Assert.Equal("wal", await JournalModeAsync(db));
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

        Assert.False(await SqliteSeedingJournal.LeaveWriteAheadLogAsync(db, CancellationToken.None));
        Assert.Equal("wal", await JournalModeAsync(db));
    }

    private static async Task<string?> JournalModeAsync(AppDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (await command.ExecuteScalarAsync()) as string;
    }
}
