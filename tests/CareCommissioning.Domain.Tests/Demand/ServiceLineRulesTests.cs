using CareCommissioning.Domain.Demand;

namespace CareCommissioning.Domain.Tests.Demand;

public sealed class ServiceLineRulesTests
{
    private static ServiceLineDetails Valid() =>
        new("Homecare", null, "hours a week", 1_000m, null, 2026, 0.04m, null, 0.02m, null);

    [Fact]
    public void Validate_Valid_HasNoErrors() => Assert.Empty(ServiceLineRules.Validate(Valid()));

    [Theory]
    [InlineData(1.5, "PriceInflation")]
    [InlineData(-0.6, "PriceInflation")]
    public void Validate_RatesOutsideMinusFiftyToHundredPercent_AreRefused(double rate, string field) =>
        Assert.Equal(
            field,
            Assert.Single(ServiceLineRules.Validate(Valid() with { PriceInflation = (decimal)rate })).Field
        );

    [Fact]
    public void Validate_NegativeUnitCost_IsRefused() =>
        Assert.Equal(
            "Unit cost must be £0 or more",
            Assert.Single(ServiceLineRules.Validate(Valid() with { UnitCost = -1m })).Message
        );

    [Theory]
    [InlineData(2025, "Year must be between 2026/27 and 2036/37")]
    [InlineData(2037, "Year must be between 2026/27 and 2036/37")]
    public void ValidateFigure_YearOutsideTheHorizon_IsRefused(int year, string message) =>
        Assert.Equal(message, ServiceLineRules.ValidateFigure(2026, year, 10m, null));

    [Fact]
    public void ValidateFigure_NegativeVolume_IsRefused() =>
        Assert.Equal("Volume must be 0 or more", ServiceLineRules.ValidateFigure(2026, 2027, -1m, null));

    [Fact]
    [Trait("Criterion", "OA-P2")]
    public void Commitment_GapYears_StillCompoundThePriceIndex()
    {
        var line = new ServiceLine
        {
            Name = "Homecare",
            Unit = "hours a week",
            UnitCost = 1_000m,
            BaseYear = 2026,
            PriceInflation = 0.04m,
            GeneralInflation = 0.02m,
        };
        var rows = ServiceLineRules.Commitment(
            line,
            [new DemandFigure { Year = 2026, Volume = 100m }, new DemandFigure { Year = 2028, Volume = 110m }]
        );
        Assert.Equal(["2026/27", "2028/29"], rows.Select(r => r.Year.ToString()));
        Assert.Equal(100_000m, rows[0].Nominal);
        Assert.Equal(110m * 1_000m * 1.04m * 1.04m, rows[1].Nominal);
        Assert.Equal(rows[1].Nominal / (1.02m * 1.02m), rows[1].Real);
    }
}
