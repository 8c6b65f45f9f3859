using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Purchasing;

public sealed class WholeLifeCostTests
{
    private static WholeLifeCostInputs Hoist() =>
        new()
        {
            PurchasePrice = 10_000m,
            DeliveryAndInstallation = 500m,
            RunningCostPerYear = 1_000m,
            MaintenanceCostPerYear = 200m,
            DisposalCost = 300m,
            LifeYears = 3,
        };

    [Fact]
    [Trait("Criterion", "PU-P7")]
    public void Calculate_PutsThePurchaseInYear0_AndDisposalInTheLastYear_DiscountedAtTheGreenBookRate()
    {
        var result = WholeLifeCost.Calculate(Hoist());
        Assert.Equal([10_500m, 1_200m, 1_200m, 1_500m], result.Years.Select(y => y.Total));
        Assert.Equal(300m, result.Years[3].Disposal);
        Assert.Equal(14_400m, result.Total);
        // 10,500 + 1,200/1.035 + 1,200/1.035² + 1,500/1.035³ = 14,132.5471888 (exact rational arithmetic).
        Assert.Equal(14_132.5472m, Math.Round(result.PresentValue, 4));
        Assert.Equal(1m, result.Years[0].DiscountFactor);
        Assert.Equal(0.966184m, Math.Round(result.Years[1].DiscountFactor, 6));
        Assert.Equal("standard", result.Schedule);
    }

    [Fact]
    [Trait("Criterion", "PU-P7")]
    public void Calculate_OverFiftyYears_StepsToThreePercentAfterYear30()
    {
        var result = WholeLifeCost.Calculate(new() { RunningCostPerYear = 1_000m, LifeYears = 50 });
        Assert.Equal(51, result.Years.Count);
        Assert.Equal(0.3562784m, Math.Round(result.Years[30].DiscountFactor, 7));
        Assert.Equal(0.3459014m, Math.Round(result.Years[31].DiscountFactor, 7));
        Assert.Equal(50_000m, result.Total);
    }

    [Fact]
    public void Validate_RefusesNegativeAbsurdAndOutOfRangeValues()
    {
        var bad = new WholeLifeCostInputs
        {
            PurchasePrice = -1m,
            DisposalCost = 2_000_000_000m,
            LifeYears = 51,
        };
        var errors = WholeLifeCost.Validate(bad);
        Assert.Equal(["PurchasePrice", "DisposalCost", "LifeYears"], errors.Select(e => e.Field));
        Assert.Equal("Purchase price must be £0 or more", errors[0].Message);
        Assert.Contains(WholeLifeCost.Validate(new() { LifeYears = 0, PurchasePrice = 1m }), e =>
            e.Message == "Life must be between 1 and 50 years"
        );
        Assert.Contains(WholeLifeCost.Validate(new() { LifeYears = 5 }), e => e.Message == "Enter at least one cost");
        Assert.Throws<ArgumentException>(() => WholeLifeCost.Calculate(bad));
    }
}
