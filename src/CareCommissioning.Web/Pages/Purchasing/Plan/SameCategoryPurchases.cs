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

    /// <param name="Category">The purchase's own code, in its stored form.</param>
    /// <param name="Prefix">The digits the others share with it: the CPV category (five digits) or fewer.</param>
    /// <param name="Description">The CPV list's name for <paramref name="Category"/>.</param>
    public sealed record Result(
        string Category,
        string Prefix,
        string? Description,
        IReadOnlyList<SameCategoryItem> Rows,
        int Total
    );

    /// <summary>The first digits purchases must share with <paramref name="category"/>, or null when it is not a
    /// code.</summary>
    public static string? PrefixOf(string? category) =>
        CpvCode.Normalise(category) is { } code && CpvCode.Root(code) is var root
            ? root[..Math.Min(5, root.Length)]
            : null;

    /// <summary>The newest <see cref="Shown"/> and how many there are in all; null when the purchase has no
    /// category yet.</summary>
    public static async Task<Result?> ForAsync(
        AppDbContext db,
        PurchaseRequest purchase,
        CancellationToken ct = default
    )
    {
        if (CpvCode.Normalise(purchase.Category) is not { } category || PrefixOf(category) is not { } prefix)
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
            select new SameCategoryItem(
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
        return new Result(category, prefix, CpvCatalogue.Standard.Description(category), rows, total);
    }
}

/// <summary>One purchase of the same category: what, who asked, how far it has gone. The page's row and the
/// API's item alike.</summary>
public sealed record SameCategoryItem(
    Guid Id,
    string Description,
    string Category,
    PurchaseStatus Status,
    string RequestedBy,
    decimal EstimatedValueIncludingVat,
    string? SupplierName,
    string? OrderNumber,
    DateTimeOffset CreatedAt
);
