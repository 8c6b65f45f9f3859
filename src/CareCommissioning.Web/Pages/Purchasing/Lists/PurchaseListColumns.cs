namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>
/// Keeps the list columns of purchase requests (<see cref="PurchaseRequest.RefreshListColumns"/>: chosen supplier,
/// order number, compliance, value in pence, committed spend) equal to what the domain works out, on every save:
/// whenever a request, one of its quotes, its advice or its order is added, changed or removed, the request is
/// refreshed from its quotes, advice and order before the save writes anything. Pages, the API and the seeders
/// therefore never have to remember to do it. A request added in the same save is worked out from what is tracked alone
/// (nothing of it is in the database yet), so bulk inserts cost no queries.
/// </summary>
public static class PurchaseListColumns
{
    public static async Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var ids = new HashSet<Guid>();
        foreach (var e in db.ChangeTracker.Entries())
        {
            if (e.State is EntityState.Unchanged or EntityState.Detached)
                continue;
            switch (e.Entity)
            {
                case PurchaseRequest r when e.State != EntityState.Deleted:
                    ids.Add(r.Id);
                    break;
                case PurchaseQuote q:
                    ids.Add(q.PurchaseRequestId);
                    break;
                case PurchaseAdvice a:
                    ids.Add(a.PurchaseRequestId);
                    break;
                case PurchaseOrder o:
                    ids.Add(o.PurchaseRequestId);
                    break;
            }
        }
        if (ids.Count == 0)
            return;

        var tracked = db
            .ChangeTracker.Entries<PurchaseRequest>()
            .Where(e => ids.Contains(e.Entity.Id))
            .ToDictionary(e => e.Entity.Id);
        // Requests in the database: load what is not tracked yet (a deleted request needs nothing).
        var stored = ids.Where(id => !tracked.TryGetValue(id, out var e) || e.State != EntityState.Added).ToList();
        if (stored.Count > 0)
        {
            var missing = stored.Where(id => !tracked.ContainsKey(id)).ToList();
            if (missing.Count > 0)
                await db.PurchaseRequests.Where(p => missing.Contains(p.Id)).LoadAsync(ct);
            // Once, after the requests are in: loading their quotes, advice and orders tracks no further requests.
            tracked = db
                .ChangeTracker.Entries<PurchaseRequest>()
                .Where(e => ids.Contains(e.Entity.Id))
                .ToDictionary(e => e.Entity.Id);
            var withoutQuotes = stored
                .Where(id => !tracked.TryGetValue(id, out var e) || !e.Collection(r => r.Quotes).IsLoaded)
                .ToList();
            if (withoutQuotes.Count > 0)
                await db.PurchaseQuotes.Where(q => withoutQuotes.Contains(q.PurchaseRequestId)).LoadAsync(ct);
            var withoutAdvice = stored
                .Where(id => !tracked.TryGetValue(id, out var e) || !e.Collection(r => r.Advice).IsLoaded)
                .ToList();
            if (withoutAdvice.Count > 0)
                await db.PurchaseAdvice.Where(a => withoutAdvice.Contains(a.PurchaseRequestId)).LoadAsync(ct);
            await db.PurchaseOrders.Where(o => stored.Contains(o.PurchaseRequestId)).LoadAsync(ct);
        }

        var orders = db
            .ChangeTracker.Entries<PurchaseOrder>()
            .Where(e => e.State != EntityState.Deleted && ids.Contains(e.Entity.PurchaseRequestId))
            .ToDictionary(e => e.Entity.PurchaseRequestId, e => e.Entity);
        foreach (var (_, entry) in tracked)
        {
            if (entry.State == EntityState.Deleted)
                continue;
            var r = entry.Entity;
            // Quotes or advice removed in this save still sit in the collections until it is written.
            r.Quotes.RemoveAll(q => db.Entry(q).State == EntityState.Deleted);
            r.Advice.RemoveAll(a => db.Entry(a).State == EntityState.Deleted);
            r.RefreshListColumns(orders.GetValueOrDefault(r.Id));
        }
        // No second DetectChanges here: the audit trail that follows in the save (AuditTrailInterceptor) runs it first,
        // and sees these values.
    }

    /// <summary>
    /// The value the migration <c>PurchaseListColumns</c> gives requests that existed before it: a request with
    /// negative pence has never had its list columns worked out.
    /// </summary>
    public const long NotYetWorkedOut = -1;

    private const string RequestsToFill =
        """SELECT EXISTS (SELECT 1 FROM "PurchaseRequests" WHERE "EstimatedPenceIncludingVat" < 0)""";

    /// <summary>
    /// Fills the list columns of requests saved before the columns existed (see <see cref="NotYetWorkedOut"/>), a
    /// thousand at a time, from the domain's answer; run after migrating. These are copies of what the records already
    /// say, so they are written straight to the columns, without a new version or an audit entry. Returns how many
    /// requests it filled.
    /// </summary>
    public static async Task<int> BackfillAsync(AppDbContext db, CancellationToken ct = default)
    {
        // Every start asks this and nearly always finds nothing: one plain query, not the compiled batch query below.
        if (!await StartupQueries.ExistsAsync(db, RequestsToFill, ct))
            return 0;
        var filled = 0;
        while (true)
        {
            var batch = await db
                .PurchaseRequests.AsNoTracking()
                .Include(p => p.Quotes)
                .Include(p => p.Advice)
                .AsSplitQuery()
                // Ordered by the pence first, so the database reads the partial index of rows still to fill (empty once
                // filled) rather than the whole table in id order; the id keeps the split query's batches stable.
                .Where(p => p.EstimatedPenceIncludingVat < 0)
                .OrderBy(p => p.EstimatedPenceIncludingVat)
                .ThenBy(p => p.Id)
                .Take(1_000)
                .ToListAsync(ct);
            if (batch.Count == 0)
                return filled;
            var ids = batch.Select(p => p.Id).ToList();
            var orders = await db
                .PurchaseOrders.AsNoTracking()
                .Where(o => ids.Contains(o.PurchaseRequestId))
                .ToDictionaryAsync(o => o.PurchaseRequestId, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var r in batch)
            {
                r.RefreshListColumns(orders.GetValueOrDefault(r.Id));
                await db
                    .PurchaseRequests.Where(p => p.Id == r.Id)
                    .ExecuteUpdateAsync(
                        u =>
                            u.SetProperty(p => p.ChosenSupplierId, r.ChosenSupplierId)
                                .SetProperty(p => p.ChosenSupplierName, r.ChosenSupplierName)
                                .SetProperty(p => p.OrderNumber, r.OrderNumber)
                                .SetProperty(p => p.Compliant, r.Compliant)
                                .SetProperty(p => p.EstimatedPenceIncludingVat, r.EstimatedPenceIncludingVat)
                                .SetProperty(p => p.CommittedSpend, r.CommittedSpend),
                        ct
                    );
            }
            await transaction.CommitAsync(ct);
            filled += batch.Count;
        }
    }
}
