using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Writes many new and changed records of one type, with their audit rows, without the change tracker: a save of
/// tens of thousands of records spends most of its time tracking them and sending one statement a row, so here the
/// records and their audit rows go in statements of hundreds of rows each (on PostgreSQL, new rows in one COPY).
/// Everything else is the audit trail's own: the same fields recorded (<see cref="AuditCollector"/>), the same owners
/// (<see cref="AuditOwner"/>), sealed onto the chain under its lock with its head moved (<see cref="AuditHeadStore"/>),
/// in one transaction, so either every record and its audit row is written or none. Versioned records get the versions
/// a save gives them, and a changed record whose concurrency tokens no longer match what was read fails the write as a
/// save would (<see cref="DbUpdateConcurrencyException"/>); any other refusal by the database is a <see
/// cref="DbUpdateException"/>. For records of one table with a single-column key and no shadow properties.
/// </summary>
internal static class AuditedBulkWrite
{
    /// <summary>Records from which a write makes its audit rows and statements on other threads too: below it the
    /// hand-over costs more than it saves, and an ordinary import stays on its request's thread.</summary>
    internal const int ParallelFrom = 2_000;

    /// <summary>Adds <paramref name="added"/> and writes <paramref name="changed"/> over the records they were read as
    /// (the before objects are not changed).</summary>
    public static Task WriteAsync<T>(
        DbContext db,
        IReadOnlyCollection<T> added,
        IReadOnlyCollection<(T Before, T After)> changed,
        CancellationToken ct = default
    )
        where T : class, IAudited =>
        WriteAsync(
            db,
            [new Rows(Mapped(db, typeof(T)), added, changed.Select(c => ((object)c.Before, (object)c.After)).ToList())],
            ct
        );

    /// <summary>
    /// Adds new records of several types in one write (one transaction, one stretch of the chain): each collection
    /// holds records of one type, and they are written in the order given, a parent's before its children's, so that
    /// the audit row of a child finds its parent's organisation among the records written with it rather than by a
    /// query each.
    /// </summary>
    public static Task AddAsync(DbContext db, IEnumerable<IReadOnlyCollection<IAudited>> tables, CancellationToken ct)
    {
        var rows = new List<Rows>();
        foreach (var table in tables.Where(t => t.Count > 0))
        {
            var clrType = table.First().GetType();
            if (table.Any(r => r.GetType() != clrType))
                throw new InvalidOperationException($"A table of {clrType.Name} records holds records of another type");
            rows.Add(new Rows(Mapped(db, clrType), table, []));
        }
        return WriteAsync(db, rows, ct);
    }

    /// <summary>The records of one type a write adds and changes.</summary>
    private sealed record Rows(
        IEntityType Type,
        IReadOnlyCollection<object> Added,
        IReadOnlyCollection<(object Before, object After)> Changed
    );

    private static IEntityType Mapped(DbContext db, Type clrType)
    {
        var type = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType} is not mapped");
        // A shadow property EF never writes (a column a trigger fills, such as the purchase search key on SQLite) is
        // left to the database here too; any other would have no value to write.
        if (
            type.FindPrimaryKey() is not { Properties.Count: 1 }
            || type.GetProperties().Any(p => p.IsShadowProperty() && (Inserted(p) || Updated(p)))
        )
            throw new InvalidOperationException($"{clrType.Name} needs a single-column key and no shadow properties");
        return type;
    }

    internal static bool Inserted(IProperty p) => p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save;

    internal static bool Updated(IProperty p) => p.GetAfterSaveBehavior() == PropertySaveBehavior.Save;

    private static async Task WriteAsync(DbContext db, IReadOnlyList<Rows> writes, CancellationToken ct)
    {
        if (writes.All(w => w.Added.Count == 0 && w.Changed.Count == 0))
            return;
        foreach (var write in writes)
        {
            foreach (var record in write.Added)
                if (record is IVersioned { Version: 0 } versioned)
                    versioned.Version = 1;
            foreach (var (before, after) in write.Changed)
                if (after is IVersioned versioned)
                    versioned.Version = ((IVersioned)before).Version + 1;
        }

        var (now, userId, userName) = AuditTrailInterceptor.Of(db).Stamp();
        var owner = new AuditOwner(db);
        foreach (var write in writes)
        foreach (var record in write.Added)
            owner.Know(write.Type, record);
        var records = writes
            .SelectMany(w =>
                w.Added.Select(a => (w.Type, Before: (object?)null, After: a))
                    .Concat(w.Changed.Select(c => (w.Type, Before: (object?)c.Before, c.After)))
            )
            .ToArray();
        // Each row's fields and JSON depend on its record alone, so a large write makes them on every core; owners
        // (which may read parents) and the chain stay in order on this thread.
        var rows = new AuditEntry?[records.Length];
        void Collect(int i)
        {
            var (type, before, after) = records[i];
            rows[i] = AuditCollector.Untracked(type, (IAudited?)before, (IAudited)after, now, userId, userName);
        }
        if (records.Length >= ParallelFrom)
            try
            {
                Parallel.For(0, records.Length, new ParallelOptions { CancellationToken = ct }, Collect);
            }
            // What a row's making threw, as the one-thread path throws it, not wrapped.
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        else
            for (var i = 0; i < records.Length; i++)
                Collect(i);
        await owner.ReadParentsAsync(records.Select(r => (r.Type, r.After)), ct);
        var audit = new List<AuditEntry>(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            if (rows[i] is not { } row)
                continue;
            await owner.ApplyAsync(row, records[i].Type, records[i].After, ct);
            audit.Add(row);
        }

        await db.Database.OpenConnectionAsync(ct);
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        try
        {
            await AuditChainLock.TakeAsync(db, ct);
            try
            {
                var head = await AuditHeadStore.SealAsync(db, audit, ct);
                foreach (var write in writes)
                {
                    await using var table = new BulkTable(db, write.Type);
                    await table.InsertAsync(write.Added, ct);
                    await table.UpdateAsync(write.Changed, ct);
                }
                await using (var auditTable = new BulkTable(db, db.Model.FindEntityType(typeof(AuditEntry))!))
                    await auditTable.InsertAsync(audit, ct);
                if (audit.Count > 0)
                    await AuditHeadStore.MoveAsync(db, head.Sequence, head.Hash, ct);
                if (ownTransaction is not null)
                    await ownTransaction.CommitAsync(ct);
            }
            finally
            {
                AuditChainLock.Release(db);
            }
        }
        catch (DbException e)
        {
            var names = string.Join(", ", writes.Select(w => w.Type.ClrType.Name));
            throw new DbUpdateException($"The database refused the write of {names} records: {e.Message}", e);
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
