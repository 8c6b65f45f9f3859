using System.Linq.Expressions;

namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// Claims a batch of waiting e-mails for one dispatcher pass, so that when several web nodes dispatch from one database
/// each message is taken by one pass alone. The claim is a lease: a pass that dies holding it leaves the messages to
/// the others once it lapses.
/// </summary>
internal static class OutboxClaim
{
    /// <summary>Marks up to <paramref name="batch"/> of the oldest unclaimed waiting messages as this pass's, and
    /// returns them tracked.</summary>
    public static async Task<List<OutboxMessage>> TakeAsync(
        AppDbContext db,
        int batch,
        int maxAttempts,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken ct
    )
    {
        Expression<Func<OutboxMessage, bool>> claimable = m =>
            m.SentAt == null && m.Attempts < maxAttempts && (m.ClaimedUntil == null || m.ClaimedUntil < now);
        // Most passes find nothing to send: a read says so without an UPDATE, which on SQLite would take the one
        // writer's lock every few seconds on every node.
        if (!await db.Outbox.AnyAsync(claimable, ct))
            return [];
        var pass = Guid.NewGuid();
        var until = now + lease;
        if (db.Database.IsNpgsql())
            // PostgreSQL: rows another node is claiming at this moment are locked, and are skipped rather than waited
            // for and then claimed a second time.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE "Outbox" SET "ClaimedBy" = {pass}, "ClaimedUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "Outbox"
                    WHERE "SentAt" IS NULL AND "Attempts" < {maxAttempts}
                      AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                    ORDER BY "CreatedAt" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                """,
                ct
            );
        else
            // SQLite takes one writer at a time, so one UPDATE claims atomically.
            await db
                .Outbox.Where(claimable)
                .OrderBy(m => m.CreatedAt)
                .Take(batch)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ClaimedBy, pass).SetProperty(m => m.ClaimedUntil, until),
                    ct
                );
        return await db.Outbox.Where(m => m.ClaimedBy == pass).OrderBy(m => m.CreatedAt).ToListAsync(ct);
    }
}
