using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Tests.Appraisals;

/// <summary>METHODS §9 worked example A: a 10-year stream at Green Book rates.</summary>
public sealed class DiscountingTests
{
    private static readonly CashFlow[] Costs = Enumerable.Range(0, 10).Select(t => new CashFlow(t, 100_000m)).ToArray();
    private static readonly CashFlow[] Benefits = Enumerable
        .Range(1, 9)
        .Select(t => new CashFlow(t, 150_000m))
        .ToArray();

    [Theory]
    [Trait("Criterion", "OA-P17")]
    [InlineData(0, "1.000000", "1.000000")]
    [InlineData(1, "0.966184", "0.985222")]
    [InlineData(5, "0.841973", "0.928260")]
    [InlineData(9, "0.733731", "0.874592")]
    public void Factor_WorkedExampleA_MatchesTheTableToSixPlaces(int year, string standard, string health)
    {
        Assert.Equal(decimal.Parse(standard), Math.Round(Discounting.Factor(GreenBookSchedules.Standard, year), 6));
        Assert.Equal(decimal.Parse(health), Math.Round(Discounting.Factor(GreenBookSchedules.Health, year), 6));
    }

    [Fact]
    public void PresentValue_WorkedExampleA_GivesPvcAndPvb()
    {
        Assert.Equal(
            860_768.65m,
            Math.Round(Discounting.PresentValue(GreenBookSchedules.Standard, Costs), 2, MidpointRounding.AwayFromZero)
        );
        Assert.Equal(
            936_051.73m,
            Math.Round(Discounting.PresentValue(GreenBookSchedules.Health, Costs), 2, MidpointRounding.AwayFromZero)
        );
        Assert.Equal(
            1_141_152.98m,
            Math.Round(
                Discounting.PresentValue(GreenBookSchedules.Standard, Benefits),
                2,
                MidpointRounding.AwayFromZero
            )
        );
    }

    [Fact]
    public void Factor_Year31_StepsOnceAtTheSecondBandRate()
    {
        var d30 = Discounting.Factor(GreenBookSchedules.Standard, 30);
        var d31 = Discounting.Factor(GreenBookSchedules.Standard, 31);
        Assert.Equal(0.3562784m, Math.Round(d30, 7));
        Assert.Equal(0.3459014m, Math.Round(d31, 7));
        Assert.Equal(d30 / 1.03m, d31);
    }

    [Fact]
    public void Factors_AgreeWithFactorForEveryYear()
    {
        var factors = Discounting.Factors(GreenBookSchedules.Standard, 80);
        for (var t = 0; t <= 80; t++)
            Assert.Equal(Discounting.Factor(GreenBookSchedules.Standard, t), factors[t]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(501)]
    public void Factor_YearOutOfRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Discounting.Factor(GreenBookSchedules.Standard, year));

    [Fact]
    public void Schedules_AreDatedConfigurationWithASource()
    {
        Assert.All(GreenBookSchedules.All, s =>
        {
            Assert.Equal(new DateOnly(2026, 2, 5), s.EffectiveFrom);
            Assert.False(string.IsNullOrWhiteSpace(s.Source));
        });
        Assert.Same(GreenBookSchedules.Health, GreenBookSchedules.Find("HEALTH"));
        Assert.Null(GreenBookSchedules.Find("other"));
    }
}
