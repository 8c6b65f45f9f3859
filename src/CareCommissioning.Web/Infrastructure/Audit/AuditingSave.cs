using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Common;
using CareCommissioning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// The save path of <see cref="AppDbContext"/>: bump versions of edited records, collect the audit rows,
/// then append them to the hash chain and save everything in one transaction.
/// </summary>
internal static class AuditingSave
{
    public static async Task<int> SaveAsync(AppDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var now = DateTimeOffset.UtcNow;
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
            else if (entry.State == EntityState.Added && entry.Entity.Version == 0) entry.Entity.Version = 1;
        }

        var (userId, userName) = db.Audit.Actor;
        var rows = AuditCollector.Collect(db.ChangeTracker, now, userId, userName);
        if (rows.Count == 0) return await save();

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.LockAuditChainAsync(ct);
            try
            {
                var last = await db.AuditEntries.AsNoTracking()
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(ct);
                var sequence = last?.Sequence ?? 0;
                var previous = last?.Hash ?? AuditChain.Genesis;
                foreach (var row in rows)
                {
                    AuditChain.Seal(row, ++sequence, previous);
                    previous = row.Hash;
                }
                db.AuditEntries.AddRange(rows);
                var written = await save();
                if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
                return written;
            }
            finally
            {
                db.ReleaseAuditChain();
            }
        }
        catch
        {
            // Rows added for the audit must not linger in the tracker if the save failed.
            foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
            foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
                entry.Entity.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue!;
            throw;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }
}
