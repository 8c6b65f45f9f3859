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
            : new(
                same.Category,
                same.Prefix,
                CpvCatalogue.Standard.Description(same.Category),
                same.Total,
                same.Rows.Select(SameCategoryItem.From).ToList()
            );
}

/// <summary>One purchase of the same category: what, who asked, how far it has gone.</summary>
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
)
{
    public static SameCategoryItem From(SameCategoryPurchases.Row r) =>
        new(
            r.Id,
            r.Description,
            r.Category,
            r.Status,
            r.RequestedBy,
            r.ValueIncludingVat,
            r.Supplier,
            r.OrderNumber,
            r.CreatedAt
        );
}
