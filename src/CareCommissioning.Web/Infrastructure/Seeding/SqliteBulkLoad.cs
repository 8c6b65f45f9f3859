using Microsoft.Data.Sqlite;

namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The SQLite settings a scale seeding runs under on its one open connection, and the settings it puts back after.
/// <list type="bullet">
/// <item>A page cache large enough for the indexes being filled: random GUID keys touch pages all over them, and the
/// default 2 MB cache sends most of those touches back to the file.</item>
/// <item>A rollback journal instead of the write-ahead log (decision 0035). At county scale the seeding is one
/// transaction of over a gigabyte: through the log every page is written twice (into the log, then into the file at the
/// checkpoint), each page read searches a log grown to the size of the database, and the log file stays that size on
/// disk afterwards. Through a rollback journal the new pages go straight into the file, and a seeding stopped part-way
/// is still undone: SQLite rolls a journal left behind back when the database is next opened. Leaving the log needs the
/// database to itself, so when another connection has it open (the app running on it) the seeding keeps the log, as
/// before. The app goes back to the log at its next start in any case (DatabaseRegistration.MigrateAsync).</item>
/// </list>
/// </summary>
internal static class SqliteBulkLoad
{
    private const string SeedingCache = "PRAGMA cache_size = -262144;";
    private const string DefaultCache = "PRAGMA cache_size = -2000;";

    /// <summary>Sets the seeding's page cache and leaves the write-ahead log when it can; true when it did, which
    /// <see cref="EndAsync"/> then undoes. Call before the seeding's transaction: the journal cannot change inside
    /// one.</summary>
    public static async Task<bool> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(SeedingCache, ct);
        return await LeaveWriteAheadLogAsync(db, ct);
    }

    /// <summary>Puts back the default page cache, and the write-ahead log when <paramref name="leftTheLog"/>.</summary>
    public static async Task EndAsync(AppDbContext db, bool leftTheLog)
    {
        await db.Database.ExecuteSqlRawAsync(DefaultCache, CancellationToken.None);
        if (leftTheLog)
            await JournalModeAsync(db, "WAL", CancellationToken.None);
    }

    /// <summary>Switches the context's open connection to a rollback journal; false when another connection holds
    /// the database (SQLite then refuses the switch, within the one second the command waits for it).</summary>
    internal static async Task<bool> LeaveWriteAheadLogAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            return await JournalModeAsync(db, "DELETE", ct) == "delete";
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            return false;
        }
    }

    private static async Task<string?> JournalModeAsync(AppDbContext db, string mode, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = {mode};";
        // Seconds Microsoft.Data.Sqlite keeps retrying a busy database; the default would wait half a minute for a
        // connection that will not close.
        command.CommandTimeout = 1;
        return (await command.ExecuteScalarAsync(ct)) as string;
    }
}
