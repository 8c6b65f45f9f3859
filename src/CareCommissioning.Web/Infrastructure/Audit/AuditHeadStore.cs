namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Reads and moves the head of the audit chain (<see cref="AuditHead"/>), inside the appending save's transaction and
/// under the chain lock. It is moved with SQL after the save has written the rows, so a save that fails moves nothing.
/// </summary>
internal static class AuditHeadStore
{
    // Both databases take this upsert; a trigger refuses a head that moves backwards (migration AuditAppendOnly).
    private const string Upsert = """
        INSERT INTO "AuditHeads" ("Id", "Sequence", "Hash") VALUES (1, {0}, {1})
        ON CONFLICT ("Id") DO UPDATE SET "Sequence" = excluded."Sequence", "Hash" = excluded."Hash"
        """;

    /// <summary>The sequence and hash the next row follows: the head's, or the newest row's when there is no head
    /// yet.</summary>
    public static async Task<(long Sequence, string Hash)> ReadAsync(DbContext db, CancellationToken ct)
    {
        var head = await db.Set<AuditHead>()
            .AsNoTracking()
            .Where(h => h.Id == AuditHead.TheOne)
            .Select(h => new { h.Sequence, h.Hash })
            .FirstOrDefaultAsync(ct);
        if (head is not null)
            return (head.Sequence, head.Hash);
        var last = await db.Set<AuditEntry>()
            .AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        return (last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
    }

    /// <summary>Appends <paramref name="rows"/> to the chain after its head, in order, and returns the new head (the
    /// last row's sequence and hash). The caller holds the chain lock and writes the rows and the head in one
    /// transaction.</summary>
    public static async Task<(long Sequence, string Hash)> SealAsync(
        DbContext db,
        IEnumerable<AuditEntry> rows,
        CancellationToken ct
    )
    {
        // The head, not the newest row, says where the chain goes on: after a cut tail the gap stays visible.
        var (sequence, previous) = await ReadAsync(db, ct);
        foreach (var row in rows)
        {
            AuditChain.Seal(row, ++sequence, previous);
            previous = row.Hash;
        }
        return (sequence, previous);
    }

    public static void Move(DbContext db, long sequence, string hash) =>
        db.Database.ExecuteSqlRaw(Upsert, sequence, hash);

    public static Task MoveAsync(DbContext db, long sequence, string hash, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(Upsert, [sequence, hash], ct);
}
