using System.Globalization;

namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// Purchases of the same CPV category already made or planned in the purchase's organisation (PU-P2): what a
/// planner needs to see to join up with colleagues who buy the same. The category is the CPV's fifth digit: a plan for
/// 33192000-2 (medical furniture) meets every purchase under 33192, and a code more general than a category meets
/// everything under it. Cancelled purchases are left out. Read from the organisation's category index as a range of
/// codes.
/// </summary>
public static class SameCategoryPurchases
{
    public const int Shown = 10;

    public sealed record Row(
        Guid Id,
        string Description,
        string Category,
        PurchaseStatus Status,
        string RequestedBy,
        decimal ValueIncludingVat,
        string? Supplier,
        string? OrderNumber,
        DateTimeOffset CreatedAt
    );

    public sealed record Result(string Category, string Prefix, IReadOnlyList<Row> Rows, int Total);

    /// <summary>The first digits purchases must share with <paramref name="category"/>, or null when it is not a
    /// code.</summary>
    public static string? PrefixOf(string? category) =>
        CpvCode.Normalise(category) is { } code ? CpvCode.Root(code)[..Math.Min(5, CpvCode.Root(code).Length)] : null;

    /// <summary>The newest <see cref="Shown"/> and how many there are in all; null when the purchase has no
    /// category yet.</summary>
    public static async Task<Result?> ForAsync(
        AppDbContext db,
        PurchaseRequest purchase,
        CancellationToken ct = default
    )
    {
        if (PrefixOf(purchase.Category) is not { } prefix)
            return null;
        // Codes from the prefix up to the next number of its length, "33192" ≤ code < "33193": digits only, so the
        // range holds under any collation a PostgreSQL database may have.
        var upTo = (long.Parse(prefix, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        var bounded = upTo.Length == prefix.Length; // not past 99…9
        var same = db
            .PurchaseRequests.AsNoTracking()
            .Where(p =>
                p.OrganisationId == purchase.OrganisationId
                && string.Compare(p.Category, prefix) >= 0
                && (!bounded || string.Compare(p.Category, upTo) < 0)
                && p.Id != purchase.Id
                && p.Status != PurchaseStatus.Cancelled
            );
        var total = await same.CountAsync(ct);
        var rows = await (
            from p in same
            join u in db.Users on p.RequestedByUserId equals u.Id into requesters
            from u in requesters.DefaultIfEmpty()
            orderby p.CreatedAt descending, p.Id
            select new Row(
                p.Id,
                p.Description,
                p.Category,
                p.Status,
                u == null ? "" : u.DisplayName,
                RouteCalculator.IncludingVat(p.EstimatedValue, p.IncludesVat),
                p.ChosenSupplierName,
                p.OrderNumber,
                p.CreatedAt
            )
        )
            .Take(Shown)
            .ToListAsync(ct);
        return new Result(CpvCode.Normalise(purchase.Category)!, prefix, rows, total);
    }
}
