using Microsoft.Data.Sqlite;

namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// A scale seeding on SQLite writes through a rollback journal instead of the write-ahead log. At county scale it is
/// one transaction of over a gigabyte: through the log every page is written twice (into the log, then into the file
/// at the checkpoint), each page read searches a log grown to the size of the database, and the log file stays that
/// size on disk afterwards. Through a rollback journal the new pages go straight into the file, and a seeding stopped
/// part-way is still undone: SQLite rolls a journal left behind back when the database is next opened. Leaving the
/// log needs the database to itself, so when another connection has it open (the app running on it) the seeding keeps
/// the log, as before. The app goes back to the log at its next start in any case (DatabaseRegistration.MigrateAsync).
/// </summary>
internal static class SqliteSeedingJournal
{
    /// <summary>Switches the context's open connection to a rollback journal; false when another connection holds
    /// the database (the switch is then refused at once, not waited for).</summary>
    public static async Task<bool> LeaveWriteAheadLogAsync(AppDbContext db, CancellationToken ct)
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

    public static Task ReturnToWriteAheadLogAsync(AppDbContext db) =>
        JournalModeAsync(db, "WAL", CancellationToken.None);

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
