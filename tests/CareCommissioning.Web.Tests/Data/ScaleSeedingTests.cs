using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Risks;
using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// Seeding at scale writes its big tables in bulk, outside the change tracker (<see cref="AuditedBulkWrite"/>): every
/// record it writes still has its audit row, owned by its organisation, on a chain that verifies to its head. A scale
/// of a few hundred records of every kind, on a database of its own.
/// </summary>
public sealed class ScaleSeedingTests
{
    private static readonly SeedScale Scale = new(
        "test",
        Stakeholders: 300,
        Risks: 80,
        Providers: 30,
        Purchases: 600,
        Suppliers: 60,
        Partnerships: 2,
        SchemesPerPartnership: 2,
        SpendYears: 1,
        Contracts: 12,
        KpisPerContract: 2,
        ReturnMonths: 3
    );

    [Fact]
    public async Task Seed_EveryRecordWrittenHasItsCreatedAuditRow_OwnedByItsOrganisation_AndTheChainVerifies()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(Scale);

        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        Assert.Equal(Scale.Stakeholders, await db.Stakeholders.CountAsync());
        Assert.Equal(Scale.Risks, await db.Risks.CountAsync());
        Assert.Equal(Scale.Providers, await db.Organisations.CountAsync(o => o.Type == OrganisationType.CareProvider));
        Assert.Equal(Scale.Suppliers, await db.Suppliers.CountAsync(s => s.OrganisationId == council));
        Assert.Equal(Scale.Purchases, await db.PurchaseRequests.CountAsync(p => p.OrganisationId == council));
        // The demo register's contracts count towards the scale.
        Assert.Equal(Scale.Contracts, await db.Contracts.CountAsync(c => c.OrganisationId == council));

        await AssertEachHasItsCreatedRowAsync(
            db,
            await db.Organisations.Select(o => new { o.Id, Owner = o.Id }).ToListAsync(),
            nameof(Organisation),
            x => (x.Id.ToString(), x.Owner)
        );
        await AssertEachHasItsCreatedRowAsync(
            db,
            await db.Stakeholders.Select(s => new { s.Id, Owner = s.OrganisationId }).ToListAsync(),
            nameof(Stakeholder),
            x => (x.Id.ToString(), x.Owner)
        );
        await AssertEachHasItsCreatedRowAsync(
            db,
            await db.Risks.Select(r => new { r.Id, Owner = r.OrganisationId }).ToListAsync(),
            nameof(Risk),
            x => (x.Id.ToString(), x.Owner)
        );
        await AssertEachHasItsCreatedRowAsync(
            db,
            await db.Suppliers.Select(s => new { s.Id, Owner = s.OrganisationId }).ToListAsync(),
            nameof(Supplier),
            x => (x.Id.ToString(), x.Owner)
        );
        await AssertEachHasItsCreatedRowAsync(
            db,
            await db.PurchaseRequests.Select(p => new { p.Id, Owner = p.OrganisationId }).ToListAsync(),
            nameof(PurchaseRequest),
            x => (x.Id.ToString(), x.Owner)
        );
        // A quote and an evaluation belong to their purchase's organisation, found among the records written with them.
        var quotes = await (
            from q in db.PurchaseQuotes
            join p in db.PurchaseRequests on q.PurchaseRequestId equals p.Id
            select new { q.Id, Owner = p.OrganisationId }
        ).ToListAsync();
        Assert.True(quotes.Count > Scale.Purchases / 2, $"only {quotes.Count} quotes");
        await AssertEachHasItsCreatedRowAsync(db, quotes, nameof(PurchaseQuote), x => (x.Id.ToString(), x.Owner));
        await AssertEachHasItsCreatedRowAsync(
            db,
            await db.PurchaseOrders.Select(o => new { o.Id, Owner = o.OrganisationId }).ToListAsync(),
            nameof(PurchaseOrder),
            x => (x.Id.ToString(), x.Owner)
        );
        var evaluations = await (
            from e in db.PurchaseEvaluations
            join p in db.PurchaseRequests on e.PurchaseRequestId equals p.Id
            select new { e.Id, Owner = p.OrganisationId }
        ).ToListAsync();
        Assert.NotEmpty(evaluations);
        await AssertEachHasItsCreatedRowAsync(db, evaluations, nameof(PurchaseEvaluation), x =>
            (x.Id.ToString(), x.Owner)
        );
        // A supplier's category is audited under its supplier's key, one row each.
        var categories = await db.SupplierCategories.CountAsync();
        Assert.Equal(
            categories,
            await db.AuditEntries.CountAsync(e =>
                e.EntityType == nameof(SupplierCategory)
                && e.Action == AuditAction.Created
                && e.OrganisationId == council
            )
        );

        // Contract monitoring: each KPI, return and value belongs to its contract's organisation, the council.
        var kpis = await (
            from k in db.ContractKpis
            join c in db.Contracts on k.ContractId equals c.Id
            where c.Reference.StartsWith("GEN-")
            select k
        ).ToListAsync();
        Assert.NotEmpty(kpis);
        Assert.All(kpis.GroupBy(k => k.ContractId), g => Assert.Equal(Scale.KpisPerContract, g.Count()));
        await AssertEachHasItsCreatedRowAsync(db, kpis, nameof(ContractKpi), k => (k.Id.ToString(), council));
        var contracts = kpis.Select(k => k.ContractId).Distinct().ToList();
        var returns = await db
            .ContractKpiReturns.Where(r => contracts.Contains(r.ContractId))
            .Include(r => r.Values)
            .ToListAsync();
        Assert.NotEmpty(returns);
        Assert.All(returns, r => Assert.Equal(Scale.KpisPerContract, r.Values.Count));
        await AssertEachHasItsCreatedRowAsync(db, returns, nameof(ContractKpiReturn), r => (r.Id.ToString(), council));
        await AssertEachHasItsCreatedRowAsync(
            db,
            returns.SelectMany(r => r.Values).ToList(),
            nameof(ContractKpiValue),
            v => (v.Id.ToString(), council)
        );

        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Null(outcome.FirstBreak);
        Assert.Equal(await db.AuditEntries.MaxAsync(e => e.Sequence), outcome.RowsChecked);
    }

    [Fact]
    public async Task Seed_LeavesEveryIndexAsTheMigrationsMadeIt()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        var before = await IndexesAsync(db);

        await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(Scale);

        Assert.Contains(before, i => i.StartsWith("IX_PurchaseRequests_", StringComparison.Ordinal));
        Assert.Equal(before, await IndexesAsync(db));
        // On SQLite the database is back on the write-ahead log after, whichever journal the seeding wrote through
        // (SqliteBulkLoad: a rollback journal when no other connection has the database open).
        if (!TestDatabase.IsPostgres)
            Assert.Equal(
                ["wal"],
                await db
                    .Database.SqlQuery<string>($"SELECT journal_mode AS \"Value\" FROM pragma_journal_mode")
                    .ToListAsync()
            );
    }

    /// <summary>Every index of the database, by name with its definition.</summary>
    private static Task<List<string>> IndexesAsync(AppDbContext db) =>
        (
            TestDatabase.IsPostgres
                ? db.Database.SqlQuery<string>(
                    $"""
                    SELECT indexname || ' ' || indexdef AS "Value" FROM pg_indexes
                    WHERE schemaname = current_schema() ORDER BY indexname
                    """
                )
                : db.Database.SqlQuery<string>(
                    $"""
                    SELECT name || ' ' || sql AS "Value" FROM sqlite_master
                    WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
                    """
                )
        ).ToListAsync();

    [Fact]
    public async Task Seed_RecordsWhatASaveWould_ListColumnsVersionsAndTheSearchIndex()
    {
        using var app = new AppFactory();
        await using var scope = app.Scope(out var db);
        var demo = await db.PurchaseRequests.Select(p => p.Id).ToListAsync();
        await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(Scale);
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();

        // The list columns a save works out (decision 0014) are on the rows and in their audit entries.
        var ordered = await db
            .PurchaseRequests.AsNoTracking()
            .Where(p => p.OrderNumber != null && !demo.Contains(p.Id))
            .OrderBy(p => p.OrderNumber)
            .FirstAsync();
        var order = await db.PurchaseOrders.AsNoTracking().SingleAsync(o => o.PurchaseRequestId == ordered.Id);
        Assert.Equal(order.Number, ordered.OrderNumber);
        Assert.NotNull(ordered.Compliant);
        Assert.True(ordered.EstimatedPenceIncludingVat > 0);
        Assert.Equal(1, ordered.Version);
        var row = await db
            .AuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == nameof(PurchaseRequest) && e.EntityId == ordered.Id.ToString());
        Assert.Contains($"\"Field\":\"OrderNumber\",\"Before\":null,\"After\":\"{order.Number}\"", row.Changes);
        Assert.Contains("\"Field\":\"Version\",\"Before\":null,\"After\":\"1\"", row.Changes);
        Assert.Equal(0, await db.PurchaseRequests.CountAsync(p => p.EstimatedPenceIncludingVat < 0));

        // The purchase search (a full-text index kept by triggers on SQLite, trigram indexes on PostgreSQL) finds them.
        var found = await (await db.PurchasesContainingAsync(ordered.OrderNumber!))
            .Where(p => p.OrganisationId == council)
            .Select(p => p.Id)
            .ToListAsync();
        Assert.Equal([ordered.Id], found);

        // Seeding the same scale again finds nothing to add, and the chain still verifies.
        var rows = await db.AuditEntries.CountAsync();
        await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(Scale);
        Assert.Equal(rows, await db.AuditEntries.CountAsync());
        Assert.Null((await AuditVerifier.VerifyAsync(db)).FirstBreak);
    }

    /// <summary>Each record has exactly one Created row, under its key, owned by the organisation given.</summary>
    private static async Task AssertEachHasItsCreatedRowAsync<T>(
        AppDbContext db,
        List<T> records,
        string type,
        Func<T, (string Key, Guid Owner)> expected
    )
    {
        Assert.NotEmpty(records);
        var created = await db
            .AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == type && e.Action == AuditAction.Created)
            .Select(e => new { e.EntityId, e.OrganisationId })
            .ToListAsync();
        var byKey = created.GroupBy(e => e.EntityId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var record in records)
        {
            var (key, owner) = expected(record);
            Assert.True(byKey.TryGetValue(key, out var rows), $"{type} {key} has no Created audit row");
            Assert.Equal(owner, Assert.Single(rows).OrganisationId);
        }
    }
}
