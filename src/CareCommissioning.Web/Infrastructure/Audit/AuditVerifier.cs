namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>Reads the whole audit trail in sequence order, in pages, and checks its hash chain.</summary>
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
        while (true)
        {
            var rows = await db
                .AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(page)
                .ToListAsync(ct);
            if (rows.Count == 0)
                return new Outcome(checkedRows, null);
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
}
