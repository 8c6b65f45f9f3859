using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Search;

/// <summary>
/// Free-text search of purchases on SQLite (decision 0015): an FTS5 trigram index, <see cref="Table"/>, over the
/// description and order number, with PurchaseRequests as its external content. Its rowid is the purchase's <see
/// cref="KeyColumn"/>, an ordinary integer column (VACUUM and VACUUM INTO keep it, unlike SQLite's hidden rowid),
/// numbered and kept in step by the triggers in <see cref="Triggers"/> (migration PurchaseSearchIndex). A later
/// migration that rebuilds PurchaseRequests drops those triggers with the old table and must create them again; a test
/// checks they exist and the index is whole.
/// </summary>
public static class SqlitePurchaseSearch
{
    public const string Table = "PurchaseSearch";
    public const string KeyColumn = "SearchKey";
    public static readonly string[] Triggers =
    [
        "PurchaseSearch_Insert",
        "PurchaseSearch_Update",
        "PurchaseSearch_Delete",
    ];

    /// <summary>A trigram index needs three characters; shorter searches are answered by LIKE.</summary>
    public static bool CanAnswer(string text) => text.EnumerateRunes().Count() >= 3;

    /// <summary>The text as one FTS5 phrase: with the trigram tokenizer, the rows that contain it as a substring, in
    /// any case.</summary>
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    /// <summary>Up to this many matches, the list goes straight to each; above it, it reads the organisation's list in
    /// order.</summary>
    public const int FewMatches = 2_000;

    /// <summary>The index a search with many matches reads: every column the list filters, counts and sorts on, in list
    /// order.</summary>
    public const string ListIndex = "IX_PurchaseRequests_SearchList";

    /// <summary>
    /// The key column, which the triggers number and EF never writes, and the indexes a search reads: the key alone
    /// (unique, as the FTS5 content key must be), and <see cref="ListIndex"/>.
    /// </summary>
    public static void Configure(EntityTypeBuilder<PurchaseRequest> b)
    {
        // Not null (0 until the insert trigger numbers the row), so a search is a plain IN on the key, not a null-safe
        // EXISTS.
        var key = b.Property<long>(KeyColumn).HasDefaultValue(0L).ValueGeneratedNever().Metadata;
        key.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        key.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        b.HasIndex(KeyColumn).IsUnique();
        b.HasIndex(
                nameof(PurchaseRequest.OrganisationId),
                nameof(PurchaseRequest.CreatedAt),
                nameof(PurchaseRequest.Id),
                KeyColumn,
                nameof(PurchaseRequest.Status),
                nameof(PurchaseRequest.ChosenRoute),
                nameof(PurchaseRequest.Compliant),
                nameof(PurchaseRequest.EstimatedPenceIncludingVat),
                nameof(PurchaseRequest.Category),
                nameof(PurchaseRequest.ChosenSupplierId),
                nameof(PurchaseRequest.ChosenSupplierName),
                nameof(PurchaseRequest.RequestedByUserId)
            )
            .HasDatabaseName(ListIndex)
            // Every purchase has a key above 0 once inserted, so this holds them all; but SQLite uses a partial index
            // only for a query that says SearchKey > 0, so the list's other queries keep the indexes they were planned
            // on.
            .HasFilter("\"SearchKey\" > 0");
    }

    // The SQL of the two plans; the values in it (the phrase, the limit) are parameters.
    private const string Matching = "SELECT rowid FROM \"" + Table + "\" WHERE \"" + Table + "\" MATCH {0}";
    private const string CountUpToThreshold = "SELECT count(*) AS \"Value\" FROM (" + Matching + " LIMIT {1})";
    private const string FewPlan =
        "SELECT * FROM \"PurchaseRequests\" WHERE \"" + KeyColumn + "\" IN (" + Matching + ")";
    private const string ManyPlan =
        "SELECT * FROM \"PurchaseRequests\" INDEXED BY \""
        + ListIndex
        + "\" WHERE \""
        + KeyColumn
        + "\" > 0 AND +\""
        + KeyColumn
        + "\" IN ("
        + Matching
        + ")";

    /// <summary>
    /// The purchases whose description or order number contains the text (3+ characters), as a source the list composes
    /// its visibility, filters and order onto (SQLite flattens it into one query). The plan depends on how many
    /// purchases match:
    /// <list type="bullet">
    /// <item>few: each match is read through the key's index, so a precise search costs almost nothing;</item>
    /// <item>many: the organisation's purchases are read in list order through <see cref="ListIndex"/>, which holds
    /// every column a filter tests, each key looked up among the matches. Counting reads each index entry once and
    /// never a row; a page stops at its 25th match. The unary + keeps SQLite from going through the key's index, which
    /// would cost a seek per match.</item>
    /// </list>
    /// </summary>
    public static async Task<IQueryable<PurchaseRequest>> MatchingAsync(
        AppDbContext db,
        string text,
        CancellationToken ct
    )
    {
        var phrase = Phrase(text);
        // Counting stops one past the threshold: enough to choose, without reading a long list of matches.
        var matches = await db.Database.SqlQueryRaw<int>(CountUpToThreshold, phrase, FewMatches + 1).SingleAsync(ct);
        return db.PurchaseRequests.FromSqlRaw(matches <= FewMatches ? FewPlan : ManyPlan, phrase);
    }
}
