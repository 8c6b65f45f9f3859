using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Purchasing;

public sealed class SplitPurchaseCheckTests
{
    private static readonly Guid Supplier = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static RouteRequest NewPurchase(decimal value) =>
        new(AuthorityType.SubCentral, "30192000-1", value, true, Today);

    private static readonly EarlierPurchase[] History =
    [
        new(Guid.NewGuid(), Supplier, "30197000-6", 3_000m, new(2025, 6, 1)), // same group (301), same supplier
        new(Guid.NewGuid(), Supplier, "30192000-1", 1_500m, new(2025, 3, 1)), // exactly 12 months before: counted
        new(Guid.NewGuid(), Supplier, "30192000-1", 2_000m, new(2025, 2, 28)), // more than 12 months before
        new(Guid.NewGuid(), Other, "30192000-1", 10_000m, new(2025, 9, 1)), // another supplier
        new(Guid.NewGuid(), Supplier, "39110000-6", 2_000m, new(2025, 9, 1)), // furniture: another group
    ];

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public void PurchasesFromTheSameSupplierAndGroupWithin12Months_AddUp_AndWarnWhenTheyCrossABand()
    {
        var warning = SplitPurchaseCheck.Check(NewPurchase(1_000m), Supplier, History);
        Assert.NotNull(warning);
        Assert.Equal(5_500m, warning.Total);
        Assert.Equal(PurchaseRoute.SingleQuote, warning.RouteAlone);
        Assert.Equal(PurchaseRoute.WrittenQuotes, warning.RouteTogether);
        Assert.Equal(2, warning.Purchases.Count);
        Assert.Contains(
            "the 3 purchases add up to £5,500 including VAT, which is in the band for written quotes, not single quote",
            warning.Message
        );
    }

    [Fact]
    public void NoWarning_WhenTheTotalStaysInTheSameBand()
    {
        Assert.Null(SplitPurchaseCheck.Check(NewPurchase(499.99m), Supplier, History));
        Assert.NotNull(SplitPurchaseCheck.Check(NewPurchase(500m), Supplier, History));
        Assert.Null(SplitPurchaseCheck.Check(NewPurchase(1_000m), Guid.NewGuid(), History));
    }

    [Fact]
    public void ValueWithoutVat_IsComparedIncludingVat()
    {
        // £417 + VAT = £500.40; with £4,500 earlier that is £5,000.40.
        var warning = SplitPurchaseCheck.Check(NewPurchase(417m) with { IncludesVat = false }, Supplier, History);
        Assert.Equal(5_000.40m, warning!.Total);
    }
}
