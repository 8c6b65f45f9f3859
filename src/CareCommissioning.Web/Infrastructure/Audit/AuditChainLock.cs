namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Serialises the read-last-hash-then-append step of the audit chain, in the way each database allows.
/// </summary>
internal static class AuditChainLock
{
    // SQLite is one file on one node: a process-wide gate orders audit appends; BEGIN IMMEDIATE orders other processes.
    private static readonly SemaphoreSlim SqliteGate = new(1, 1);

    private const long PostgresKey = 0x4343_4155_4449_54; // "CCAUDIT"

    public static async Task TakeAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            // A transaction-scoped advisory lock orders audit appends across every web node on the same database.
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresKey})", cancellationToken);
        else
            await SqliteGate.WaitAsync(cancellationToken);
    }

    public static void Release(DbContext db)
    {
        // PostgreSQL releases its lock when the transaction ends.
        if (!db.Database.IsNpgsql())
            SqliteGate.Release();
    }
}
