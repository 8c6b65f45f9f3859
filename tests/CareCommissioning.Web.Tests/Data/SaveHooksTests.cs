using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// What every save does through the features' interceptors (the purchase list columns, then the audit trail), on the
/// real pooled contexts of the app: asynchronous and synchronous saves, and a save refused for a stale version.
/// </summary>
public sealed class SaveHooksTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Save_StampsTheAuditRowWithTheAppClock()
    {
        await using var scope = app.Scope(out var db);
        var head = await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP");
        var before = app.Clock.GetUtcNow().AddMilliseconds(-1); // the trail keeps milliseconds
        head.Description = "Stamped " + Guid.NewGuid().ToString("N")[..8];
        await db.SaveChangesAsync();
        var after = app.Clock.GetUtcNow();

        var row = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal(
            (nameof(BudgetHead), head.Id.ToString(), AuditAction.Updated),
            (row.EntityType, row.EntityId, row.Action)
        );
        Assert.InRange(row.At, before, after);
    }

    [Fact]
    public async Task SynchronousSave_BumpsTheVersionAndAudits()
    {
        await using var scope = app.Scope(out var db);
        var head = await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP");
        var (version, last) = (head.Version, await db.AuditEntries.MaxAsync(e => e.Sequence));
        head.Description = "Saved synchronously";
        db.SaveChanges();

        Assert.Equal(version + 1, head.Version);
        var row = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == last + 1);
        Assert.Equal((nameof(BudgetHead), head.Id.ToString()), (row.EntityType, row.EntityId));
        Assert.Contains("Saved synchronously", row.Changes);
    }

    [Fact]
    public async Task StaleVersion_IsRefused_LeavesNoAuditRowOrBumpedVersion_AndTheNextSaveWrites()
    {
        await using var firstScope = app.Scope(out var first);
        await using var secondScope = app.Scope(out var second);
        var mine = await first.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP");
        var theirs = await second.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP");
        var version = theirs.Version;
        mine.Description = "Saved first";
        await first.SaveChangesAsync();
        var last = await first.AuditEntries.MaxAsync(e => e.Sequence);

        theirs.Description = "Saved on a stale version";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync().WaitAsync(Patience));
        Assert.Equal(version, theirs.Version);
        Assert.Empty(second.ChangeTracker.Entries<AuditEntry>());
        Assert.Equal(last, await first.AuditEntries.MaxAsync(e => e.Sequence));

        // The chain lock and the transaction were let go: the same context saves again once it has the current version.
        await second.Entry(theirs).ReloadAsync();
        theirs.Description = "Saved after reloading";
        await second.SaveChangesAsync().WaitAsync(Patience);
        mine.Description = "Saved again from the first context";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync().WaitAsync(Patience));
        Assert.Null((await AuditVerifier.VerifyAsync(second)).FirstBreak);
        Assert.Equal(last + 1, await second.AuditEntries.MaxAsync(e => e.Sequence));
    }

    [Fact]
    public async Task PurchaseListColumns_AreRefreshedBeforeTheAudit_SoTheTrailRecordsThem()
    {
        await using var scope = app.Scope(out var db);
        var organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
        var request = new PurchaseRequest
        {
            OrganisationId = organisation,
            RequestedByUserId = "nobody",
            Description = "Bath lifts " + Guid.NewGuid().ToString("N")[..8],
            EstimatedValue = 1_000m,
            IncludesVat = false,
            CreatedAt = app.Clock.GetUtcNow(),
        };
        db.PurchaseRequests.Add(request);
        await db.SaveChangesAsync();
        request.EstimatedValue = 2_000m;
        await db.SaveChangesAsync();

        Assert.Equal(240_000L, request.EstimatedPenceIncludingVat); // £2,000 and VAT at 20%
        Assert.Equal(2, request.Version); // one bump for the edit and its refreshed columns together
        var rows = await db
            .AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(PurchaseRequest) && e.EntityId == request.Id.ToString())
            .OrderBy(e => e.Sequence)
            .Select(e => e.Changes)
            .ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains("120000", rows[0]); // created with the columns already worked out
        Assert.Contains("240000", rows[1]);
        Assert.Contains(nameof(PurchaseRequest.EstimatedPenceIncludingVat), rows[1]);
    }
}
