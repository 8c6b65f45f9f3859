using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Pages.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// A bulk write large enough that its audit rows and statements are made on other threads while it writes
/// (<see cref="AuditedBulkWrite"/>, <see cref="BulkTable"/>) records exactly what a small one does: every record, its
/// audit row in the order written, a chain that verifies; and a change to a record someone else changed writes nothing.
/// </summary>
public sealed class AuditedBulkWriteTests
{
    private const int Many = AuditedBulkWrite.ParallelFrom + 500;

    [Fact]
    public async Task ThousandsAdded_EachHasItsCreatedRowInTheOrderWritten_OwnedByItsOrganisation()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        var council = await CouncilAsync(db);
        var last = await db.AuditEntries.MaxAsync(e => e.Sequence);
        var added = Enumerable.Range(0, Many).Select(i => NewStakeholder(council, i)).ToList();

        await AuditedBulkWrite.WriteAsync(db, added, []);

        var rows = await RowsAfterAsync(db, last);
        Assert.Equal(added.Select(s => s.Id.ToString()), rows.Select(r => r.EntityId));
        Assert.All(rows, r =>
        {
            Assert.Equal(
                (nameof(Stakeholder), AuditAction.Created, council),
                (r.EntityType, r.Action, r.OrganisationId)
            );
            Assert.Contains("\"Field\":\"Name\",\"Before\":null,\"After\":\"Bulk ", r.Changes);
        });
        var stored = await db
            .Stakeholders.Where(s => s.Name.StartsWith("Bulk "))
            .Select(s => new { s.Name, s.Version })
            .ToListAsync();
        Assert.Equal(Many, stored.Count);
        Assert.All(stored, s => Assert.Equal(1, s.Version));
        Assert.Null((await AuditVerifier.VerifyAsync(db)).FirstBreak);
    }

    [Fact]
    public async Task ThousandsChanged_OneChangedByAnotherUserSinceRead_WritesNone_ThenAllWithoutIt()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        var council = await CouncilAsync(db);
        await AuditedBulkWrite.WriteAsync(
            db,
            Enumerable.Range(0, Many).Select(i => NewStakeholder(council, i)).ToList(),
            []
        );
        var before = await BulkAsync(db);
        var after = await BulkAsync(db);
        foreach (var s in after)
            s.Notes = "Checked in bulk";
        // Someone else saves one of them after it was read.
        var stale = before[Many / 2];
        await db
            .Stakeholders.Where(s => s.Id == stale.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1));
        var last = await db.AuditEntries.MaxAsync(e => e.Sequence);
        var changes = before.Zip(after).ToList();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => AuditedBulkWrite.WriteAsync(db, [], changes));

        Assert.Equal(0, await db.Stakeholders.CountAsync(s => s.Notes == "Checked in bulk"));
        Assert.Equal(last, await db.AuditEntries.MaxAsync(e => e.Sequence));

        var fresh = changes.Where(c => c.First.Id != stale.Id).ToList();
        await AuditedBulkWrite.WriteAsync(db, [], fresh);

        Assert.Equal(Many - 1, await db.Stakeholders.CountAsync(s => s.Notes == "Checked in bulk" && s.Version == 2));
        var rows = await RowsAfterAsync(db, last);
        Assert.Equal(fresh.Select(c => c.First.Id.ToString()), rows.Select(r => r.EntityId));
        Assert.All(rows, r =>
        {
            Assert.Equal(AuditAction.Updated, r.Action);
            Assert.Contains("\"Field\":\"Notes\",\"Before\":null,\"After\":\"Checked in bulk\"", r.Changes);
        });
        Assert.Null((await AuditVerifier.VerifyAsync(db)).FirstBreak);
    }

    [Fact]
    public async Task MonthsOfManySchemes_EachOwnedByItsPoolAndHost_WithTheSchemesReadInOneQuery()
    {
        using var app = new AppFactory();
        var pool = await PoolFixture.CreateAsync(app, "Pool for owners read at once");
        await using var scope = app.Scope(out var db);
        var host = await db.Partnerships.Where(p => p.Id == pool.Id).Select(p => p.OrganisationId).SingleAsync();
        var schemes = pool.NewSchemes(300);
        db.PartnershipSchemes.AddRange(schemes);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var months = (
            from scheme in schemes
            from m in Enumerable.Range(0, 12)
            select new SchemeSpend
            {
                SchemeId = scheme.Id,
                Month = new DateOnly(2026, 4, 1).AddMonths(m),
                Budget = 1000m,
                Source = "Bulk",
                UpdatedAt = DateTimeOffset.UnixEpoch,
            }
        ).ToList();
        var last = await db.AuditEntries.MaxAsync(e => e.Sequence);

        using (var sent = await CommandsSent.StartAsync(db))
        {
            await AuditedBulkWrite.WriteAsync(db, months, []);

            // Each scheme names its pool, and the pool its host: read for all 300 schemes at once, not per scheme.
            Assert.Single(sent.Texts, t => t.Contains("FROM \"PartnershipSchemes\""));
            Assert.Single(sent.Texts, t => t.Contains("FROM \"Partnerships\""));
        }
        var rows = await RowsAfterAsync(db, last);
        Assert.Equal(months.Select(m => m.Id.ToString()), rows.Select(r => r.EntityId));
        Assert.All(rows, r => Assert.Equal((pool.Id, host), (r.PartnershipId, r.OrganisationId)));
        Assert.Null((await AuditVerifier.VerifyAsync(db)).FirstBreak);
    }

    /// <summary>The audit rows after <paramref name="last"/>, in the chain's order.</summary>
    private static Task<List<AuditEntry>> RowsAfterAsync(AppDbContext db, long last) =>
        db.AuditEntries.AsNoTracking().Where(e => e.Sequence > last).OrderBy(e => e.Sequence).ToListAsync();

    private static Task<Guid> CouncilAsync(AppDbContext db) =>
        db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();

    private static Task<List<Stakeholder>> BulkAsync(AppDbContext db) =>
        db.Stakeholders.AsNoTracking().Where(s => s.Name.StartsWith("Bulk ")).OrderBy(s => s.Name).ToListAsync();

    private static Stakeholder NewStakeholder(Guid council, int n) =>
        new()
        {
            OrganisationId = council,
            Type = StakeholderType.CommunityGroup,
            Name = $"Bulk {n:0000}",
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };
}
