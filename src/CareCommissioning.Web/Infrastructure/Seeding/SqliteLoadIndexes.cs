namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The secondary indexes of the tables a scale seeding fills, dropped before the load and built again after it, inside
/// the seeding's one transaction. Inserting rows with random GUID keys into a dozen indexes at once touches pages all
/// over each of them; building an index afterwards sorts the rows once. Indexes the load itself reads stay: the
/// primary keys, and the purchase search key the search trigger numbers from. A unique index built again over rows
/// that break it fails the seeding, and the transaction takes everything back.
/// </summary>
internal static class SqliteLoadIndexes
{
    private static readonly string[] Tables =
    [
        "AuditEntries",
        "Stakeholders",
        "Risks",
        "Suppliers",
        "SupplierCategories",
        "PurchaseRequests",
        "PurchaseQuotes",
        "PurchaseOrders",
        "PurchaseEvaluations",
    ];

    private static readonly string[] Kept = ["IX_PurchaseRequests_SearchKey"];

    /// <summary>Drops the indexes and returns the statements that make them again.</summary>
    public static async Task<IReadOnlyList<string>> DropAsync(AppDbContext db, CancellationToken ct)
    {
        var tables = System.Text.Json.JsonSerializer.Serialize(Tables);
        var kept = System.Text.Json.JsonSerializer.Serialize(Kept);
        var indexes = await db
            .Database.SqlQuery<IndexDefinition>(
                $"""
                SELECT name AS Name, sql AS Sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL
                  AND tbl_name IN (SELECT value FROM json_each({tables}))
                  AND name NOT IN (SELECT value FROM json_each({kept}))
                """
            )
            .ToListAsync(ct);
        foreach (var index in indexes)
#pragma warning disable EF1002 // an identifier cannot be a parameter; the names are the database's own.
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{index.Name}\"", ct);
#pragma warning restore EF1002
        return indexes.Select(i => i.Sql).ToList();
    }

    public static async Task BuildAsync(AppDbContext db, IReadOnlyList<string> statements, CancellationToken ct)
    {
        foreach (var statement in statements)
            await db.Database.ExecuteSqlRawAsync(statement, ct);
    }

    private sealed record IndexDefinition(string Name, string Sql);
}
