using System.Data;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// The app's pooled contexts and their connections: on SQLite a context keeps its connection open between queries and
/// requests (KeptOpenSqliteConnection); on PostgreSQL Npgsql's pool does that and the context closes after each query.
/// Either way a context that goes back to the pool in the middle of a transaction comes out again with the transaction
/// rolled back, so nothing uncommitted leaks into the next request and no write lock is left held.
/// </summary>
public sealed class PooledConnectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Connection_StaysOpenAfterAQuery_OnSqliteOnly()
    {
        await using var scope = app.Scope(out var db);
        await db.BudgetHeads.CountAsync();

        var expected = TestDatabase.IsPostgres ? ConnectionState.Closed : ConnectionState.Open;
        Assert.Equal(expected, db.Database.GetDbConnection().State);
    }

    [Fact]
    public async Task ContextReturnedMidTransaction_ComesBackWithItRolledBack_AndTheNextSaveWrites()
    {
        AppDbContext first;
        await using (var scope = app.Scope(out first))
        {
            await first.Database.BeginTransactionAsync();
            await first.Database.ExecuteSqlRawAsync(
                "UPDATE \"BudgetHeads\" SET \"Description\" = 'never committed' WHERE \"Code\" = 'ASC-OP'"
            );
        }

        // The pool hands out its contexts in turn: take them until the same one comes back.
        var held = new List<AsyncServiceScope>();
        try
        {
            AppDbContext again;
            do
            {
                held.Add(app.Scope(out again));
            } while (!ReferenceEquals(again, first) && held.Count < 256);
            Assert.Same(first, again);

            Assert.Null(again.Database.CurrentTransaction);
            var read = await again.BudgetHeads.AsNoTracking().SingleAsync(h => h.Code == "ASC-OP");
            Assert.NotEqual("never committed", read.Description);

            // Another context writes while this one is still out: a transaction left open on its connection would
            // hold SQLite's write lock (or PostgreSQL's row lock) and this save would wait and fail.
            await using var other = app.Scope(out var writer);
            var head = await writer.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP");
            head.Description = "Saved after the rollback";
            await writer.SaveChangesAsync();
        }
        finally
        {
            foreach (var scope in held)
                await scope.DisposeAsync();
        }

        await using var check = app.Scope(out var db);
        var saved = await db.BudgetHeads.AsNoTracking().SingleAsync(h => h.Code == "ASC-OP");
        Assert.Equal("Saved after the rollback", saved.Description);
    }
}
