using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// On SQLite each connection keeps the statements EF runs prepared (SqliteStatementCache, decision 0025). A statement
/// run again must bind its new parameters, see what was saved since, work inside and outside a transaction, and never
/// be shared by two readers open at once. The first three also run on PostgreSQL, where there is no cache, as a check
/// that the answers are the same.
/// </summary>
public sealed class StatementCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int Kept(AppDbContext db) =>
        db.Database.GetDbConnection() is SqliteConnection sqlite ? SqliteStatementCache.Kept(sqlite) : 0;

    [Fact]
    public async Task AQueryRunAgain_ReusesItsStatement_WithTheNewParameters()
    {
        await using var scope = app.Scope(out var db);
        var codes = await db.BudgetHeads.AsNoTracking().OrderBy(h => h.Code).Select(h => h.Code).Take(2).ToListAsync();
        Assert.Equal(2, codes.Count);

        async Task<List<string?>> ReadEachByCode()
        {
            var read = new List<string?>();
            foreach (var code in codes)
                read.Add((await db.BudgetHeads.AsNoTracking().SingleAsync(h => h.Code == code)).Code);
            return read;
        }
        Assert.Equal(codes, await ReadEachByCode());
        var kept = Kept(db);

        // The same SQL with other values: each head found by its own code, and no statement added.
        Assert.Equal(codes, await ReadEachByCode());
        Assert.Equal(kept, Kept(db));
        if (!TestDatabase.IsPostgres)
            Assert.True(kept > 0, "The SQLite connection should keep the statements it ran.");
    }

    [Fact]
    public async Task AStatementRunAgain_SeesWhatWasSavedSince()
    {
        await using var scope = app.Scope(out var db);
        var before = await db.BudgetHeads.AsNoTracking().SingleAsync(h => h.Code == "ASC-OP");

        await using (var other = app.Scope(out var writer))
        {
            var head = await writer.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP");
            head.Description = before.Description + " (changed)";
            await writer.SaveChangesAsync();
        }

        var after = await db.BudgetHeads.AsNoTracking().SingleAsync(h => h.Code == "ASC-OP");
        Assert.Equal(before.Description + " (changed)", after.Description);
    }

    [Fact]
    public async Task TheSameQuery_RunsOutsideThenInsideThenOutsideATransaction()
    {
        await using var scope = app.Scope(out var db);
        var outside = await db.BudgetHeads.AsNoTracking().CountAsync(h => h.Code != "none");

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(outside, await db.BudgetHeads.AsNoTracking().CountAsync(h => h.Code != "none"));
            await transaction.CommitAsync();
        }

        Assert.Equal(outside, await db.BudgetHeads.AsNoTracking().CountAsync(h => h.Code != "none"));
    }

    [SqliteFact]
    public async Task TwoReadersOfTheSameQuery_OpenAtOnce_EachReadAllTheirRows()
    {
        await using var scope = app.Scope(out var db);
        var all = await db.BudgetHeads.AsNoTracking().OrderBy(h => h.Code).Select(h => h.Code).ToListAsync();

        var pairs = new List<(string? Outer, int Inner)>();
        await foreach (
            var code in db.BudgetHeads.AsNoTracking().OrderBy(h => h.Code).Select(h => h.Code).AsAsyncEnumerable()
        )
        {
            // The same SQL while the outer reader is still open on the same connection: it cannot borrow the outer
            // reader's statement, so it gets a statement of its own.
            var inner = await db.BudgetHeads.AsNoTracking().OrderBy(h => h.Code).Select(h => h.Code).ToListAsync();
            pairs.Add((code, inner.Count));
        }

        Assert.Equal(all, pairs.Select(p => p.Outer));
        Assert.All(pairs, p => Assert.Equal(all.Count, p.Inner));
    }
}
