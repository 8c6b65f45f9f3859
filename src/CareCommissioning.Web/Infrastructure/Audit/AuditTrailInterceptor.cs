using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// The audit trail's part in every save (decision record 3): bump the versions of edited records, collect the audit
/// rows, then in one transaction take the chain lock, append the rows to the hash chain and let the save write them
/// with the changes. One instance serves every pooled context, so a save in progress is kept with its context, not in
/// a field.
/// </summary>
internal sealed class AuditTrailInterceptor(TimeProvider clock, AuditContext actor) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, PendingAudit> InProgress = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeginAsync(eventData.Context!, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        await BeginAsync(eventData.Context!, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (InProgress.TryGetValue(eventData.Context!, out var pending))
            pending.Commit();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        if (InProgress.TryGetValue(eventData.Context!, out var pending))
            await pending.CommitAsync(cancellationToken);
        return result;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context!);

    public override Task SaveChangesCanceledAsync(
        DbContextEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    // Other failures are handled through DbContext.SaveChangesFailed (see PendingAudit): EF does not call interceptors'
    // SaveChangesFailed for a concurrency conflict, which is the failure a versioned record expects.

    private static void Abandon(DbContext db)
    {
        if (InProgress.TryGetValue(db, out var pending))
            pending.Abandon();
    }

    /// <summary>When a change is made and by whom, for writes that bypass the save (<see
    /// cref="AuditedBulkWrite"/>).</summary>
    public (DateTimeOffset Now, string? UserId, string? UserName) Stamp()
    {
        var (userId, userName) = actor.Actor;
        return (clock.GetUtcNow(), userId, userName);
    }

    /// <summary>The audit trail of <paramref name="db"/>'s saves.</summary>
    public static AuditTrailInterceptor Of(DbContext db) =>
        db.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()
            ?.Interceptors?.OfType<AuditTrailInterceptor>()
            .FirstOrDefault()
        ?? throw new InvalidOperationException("The database context has no audit trail");

    private async Task BeginAsync(DbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Version++;
            else if (entry.State == EntityState.Added && entry.Entity.Version == 0)
                entry.Entity.Version = 1;
        }

        var (userId, userName) = actor.Actor;
        var collected = AuditCollector.Collect(db.ChangeTracker, now, userId, userName);
        if (collected.Count == 0)
            return;
        var owner = new AuditOwner(db);
        foreach (var (row, entry) in collected)
            await owner.ApplyAsync(row, entry, ct);
        var rows = collected.Select(c => c.Row).ToList();

        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        var pending = new PendingAudit(db, rows, ownTransaction);
        try
        {
            await AuditChainLock.TakeAsync(db, ct);
            pending.Locked = true;
            var head = await AuditHeadStore.SealAsync(db, rows, ct);
            db.Set<AuditEntry>().AddRange(rows);
            pending.Head = head;
            InProgress.AddOrUpdate(db, pending);
            db.SaveChangesFailed += pending.OnFailed;
        }
        catch
        {
            pending.Abandon();
            throw;
        }
    }

    /// <summary>The rows, lock and transaction of one save, from the moment they are sealed until it ends.</summary>
    private sealed class PendingAudit(DbContext db, List<AuditEntry> rows, IDbContextTransaction? ownTransaction)
    {
        public bool Locked { get; set; }

        /// <summary>The sequence and hash of the last row this save appends, to be written as the chain's
        /// head.</summary>
        public (long Sequence, string Hash) Head { get; set; }

        public void OnFailed(object? sender, SaveChangesFailedEventArgs e) => Abandon();

        public void Commit()
        {
            try
            {
                AuditHeadStore.Move(db, Head.Sequence, Head.Hash);
                ownTransaction?.Commit();
            }
            catch
            {
                Abandon();
                throw;
            }
            End();
            ownTransaction?.Dispose();
        }

        public async Task CommitAsync(CancellationToken ct)
        {
            try
            {
                await AuditHeadStore.MoveAsync(db, Head.Sequence, Head.Hash, ct);
                if (ownTransaction is not null)
                    await ownTransaction.CommitAsync(ct);
            }
            catch
            {
                Abandon();
                throw;
            }
            End();
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
        }

        /// <summary>
        /// Nothing was written: rows added for the audit must not linger in the tracker, nor the versions stay bumped.
        /// </summary>
        public void Abandon()
        {
            End();
            foreach (var row in rows)
                db.Entry(row).State = EntityState.Detached;
            foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
                entry.Entity.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue!;
            ownTransaction?.Dispose();
        }

        private void End()
        {
            db.SaveChangesFailed -= OnFailed;
            InProgress.Remove(db);
            if (Locked)
                AuditChainLock.Release(db);
            Locked = false;
        }
    }
}
