namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Reads the whole audit trail in sequence order, in pages, checks its hash chain, then checks that the chain ends
/// where its head (<see cref="AuditHead"/>) says, so rows cut from the end are found too (decision 0018).
/// </summary>
public static class AuditVerifier
{
    public sealed record Outcome(long RowsChecked, AuditBreak? FirstBreak);

    public static async Task<Outcome> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        const int page = 10_000;
        long after = 0,
            checkedRows = 0;
        var expectedPrevious = AuditChain.Genesis;
        long expectedSequence = 1;
        var headAtStart = await HeadAsync(db, ct);
        while (true)
        {
            var rows = await db
                .AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(page)
                .ToListAsync(ct);
            if (rows.Count == 0)
                return new Outcome(checkedRows, await EndAsync(db, headAtStart, after, expectedPrevious, ct));
            // Verify this page as the continuation of the chain so far.
            var broken = AuditChain.Verify(rows, expectedSequence, expectedPrevious);
            // Count the intact rows of this page before the break too, so "N entries before it are intact" is true.
            if (broken is not null)
                return new Outcome(checkedRows + rows.TakeWhile(r => r.Sequence != broken.Sequence).Count(), broken);
            checkedRows += rows.Count;
            after = rows[^1].Sequence;
            expectedSequence = after + 1;
            expectedPrevious = rows[^1].Hash;
        }
    }

    /// <summary>
    /// Whether the chain, whose newest row is <paramref name="last"/>, ends at its head. Rows appended while the check
    /// ran moved the head on: it is read again before rows beyond the first reading are called extra.
    /// </summary>
    private static async Task<AuditBreak?> EndAsync(
        AppDbContext db,
        (long Sequence, string Hash)? head,
        long last,
        string lastHash,
        CancellationToken ct
    )
    {
        if (head is null)
            return last == 0 ? null : new AuditBreak(last, "the record of the newest entry (the head) is missing");
        if (head.Value.Sequence > last)
            return new AuditBreak(
                last + 1,
                $"rows {last + 1} to {head.Value.Sequence} at the end of the trail are missing"
            );
        if (head.Value.Sequence < last)
        {
            head = await HeadAsync(db, ct);
            if (head is null || head.Value.Sequence < last)
                return new AuditBreak(
                    (head?.Sequence ?? 0) + 1,
                    "it was added after the newest entry this service wrote (the head)"
                );
            if (head.Value.Sequence > last)
                return null; // still being appended to
        }
        return head.Value.Hash == lastHash
            ? null
            : new AuditBreak(last, "its hash does not match the recorded newest entry (the head)");
    }

    private static async Task<(long Sequence, string Hash)?> HeadAsync(AppDbContext db, CancellationToken ct)
    {
        var head = await db
            .AuditHeads.AsNoTracking()
            .Where(h => h.Id == AuditHead.TheOne)
            .Select(h => new { h.Sequence, h.Hash })
            .FirstOrDefaultAsync(ct);
        return head is null ? null : (head.Sequence, head.Hash);
    }
}
