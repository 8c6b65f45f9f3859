namespace CareCommissioning.Domain.Purchasing;

/// <summary>An earlier purchase to check against: its value <em>including VAT</em>, on the date it was
/// ordered.</summary>
public sealed record EarlierPurchase(
    Guid PurchaseId,
    Guid SupplierId,
    string Category,
    decimal ValueIncludingVat,
    DateOnly OrderedOn
);

/// <summary>A warning that purchases added together need a more formal route than the new one alone.</summary>
public sealed record SplitPurchaseWarning(
    decimal Total,
    PurchaseRoute RouteAlone,
    PurchaseRoute RouteTogether,
    IReadOnlyList<EarlierPurchase> Purchases,
    string Message
);

/// <summary>
/// Spots a purchase split to stay under a band (PU-P4): earlier purchases from the same supplier, in the same CPV
/// group, ordered in the 12 months up to the new purchase's date, are added to it; when the total needs a more formal
/// route than the new purchase alone, the requester is warned.
/// <para>
/// Choices: "same category" is the same CPV group (first three digits; see <see cref="CpvCode.SameGroup"/>) rather than
/// the whole division, which is too wide (division 33 holds both medical equipment and toiletries), or the exact code,
/// which a split purchase can dodge by choosing a sibling code. The window runs from the same date a year earlier,
/// inclusive, to the date itself.
/// </para>
/// </summary>
public static class SplitPurchaseCheck
{
    public static IReadOnlyList<EarlierPurchase> Related(
        RouteRequest purchase,
        Guid supplierId,
        IEnumerable<EarlierPurchase> earlier
    )
    {
        var from = purchase.On.AddMonths(-12);
        return earlier
            .Where(p =>
                p.SupplierId == supplierId
                && p.OrderedOn >= from
                && p.OrderedOn <= purchase.On
                && CpvCode.IsWellFormed(p.Category)
                && CpvCode.SameGroup(p.Category, purchase.Category)
            )
            .OrderBy(p => p.OrderedOn)
            .ToList();
    }

    /// <summary>The warning, or null when the related purchases together need no more formal route than this one
    /// alone.</summary>
    public static SplitPurchaseWarning? Check(
        RouteRequest purchase,
        Guid supplierId,
        IEnumerable<EarlierPurchase> earlier
    )
    {
        var related = Related(purchase, supplierId, earlier);
        if (related.Count == 0)
            return null;
        var alone = RouteCalculator.Decide(purchase);
        var total = alone.ValueIncludingVat + related.Sum(p => p.ValueIncludingVat);
        var together = RouteCalculator.Decide(purchase with { EstimatedValue = total, IncludesVat = true });
        if (together.Route <= alone.Route)
            return null;
        var count = related.Count + 1;
        var message =
            $"You have bought this kind of thing from this supplier {related.Count} {(related.Count == 1 ? "time" : "times")} in the 12 months to "
            + $"{DateText.Format(purchase.On)}. With this purchase the {count} purchases add up to {MoneyText.InText(total)} including VAT, which is in the band "
            + $"for {PurchaseRouteNames.Display(together.Route).ToLowerInvariant()}, not {PurchaseRouteNames.Display(alone.Route).ToLowerInvariant()}. "
            + "A need must not be split to avoid the rules: if these are one need, use the route for the total, or ask a procurement specialist.";
        return new(total, alone.Route, together.Route, related, message);
    }
}
