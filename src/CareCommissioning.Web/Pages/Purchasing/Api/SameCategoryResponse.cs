using CareCommissioning.Web.Pages.Purchasing.Plan;

namespace CareCommissioning.Web.Pages.Purchasing.Api;

/// <summary>Purchases of the same CPV category as one purchase, in its organisation (PU-P2).</summary>
/// <param name="Category">The purchase's CPV code; null while it has none (then nothing is listed).</param>
/// <param name="CategoryPrefix">The digits the others share with it: the CPV category (five digits) or less.</param>
/// <param name="Total">How many there are; <paramref name="Items"/> holds the newest ten.</param>
public sealed record SameCategoryResponse(
    string? Category,
    string? CategoryPrefix,
    string? CategoryDescription,
    int Total,
    IReadOnlyList<SameCategoryItem> Items
)
{
    public static SameCategoryResponse From(SameCategoryPurchases.Result? same) =>
        same is null
            ? new(null, null, null, 0, [])
            : new(same.Category, same.Prefix, same.Description, same.Total, same.Rows);
}
