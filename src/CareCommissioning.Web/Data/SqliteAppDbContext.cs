using CareCommissioning.Web.Data.Search;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    /// <summary>Three or more characters: the FTS5 trigram index. Fewer: the LIKE, which reads every row.</summary>
    public override Task<IQueryable<PurchaseRequest>> PurchasesContainingAsync(
        string text,
        CancellationToken cancellationToken = default
    ) =>
        SqlitePurchaseSearch.CanAnswer(text)
            ? SqlitePurchaseSearch.MatchingAsync(this, text, cancellationToken)
            : base.PurchasesContainingAsync(text, cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PurchaseRequest>(SqlitePurchaseSearch.Configure);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no offset-aware type; store instants as sortable integers so ORDER BY and comparisons run in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
