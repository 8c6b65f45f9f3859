using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options)
    : AppDbContext(options)
{
    private const long AuditLockKey = 0x4343_4155_4449_54; // "CCAUDIT"

    // A transaction-scoped advisory lock orders audit appends across every web node on the same database.
    protected internal override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken);

    protected internal override void ReleaseAuditChain()
    {
        // Released by PostgreSQL when the transaction ends.
    }
}
