using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Partnerships;

namespace CareCommissioning.Domain.Tests.Partnerships;

public sealed class SpendMonthsTests
{
    [Fact]
    public void AYear_IsAprilToMarch()
    {
        var months = SpendMonths.Of(new FinancialYear(2026));

        Assert.Equal(12, months.Count);
        Assert.Equal(new DateOnly(2026, 4, 1), months[0]);
        Assert.Equal(new DateOnly(2027, 3, 1), months[^1]);
    }

    [Theory]
    [InlineData("100000", 8333.34, 8333.33)]
    [InlineData("1200", 100, 100)]
    [InlineData("0.05", 0.01, 0)]
    public void PhasingAYear_AddsUpToItExactly_ThePenniesLeftGoingToTheFirstMonths(
        string annual,
        double first,
        double last
    )
    {
        var amount = decimal.Parse(annual, System.Globalization.CultureInfo.InvariantCulture);

        var months = SpendMonths.Phase(new FinancialYear(2026), amount);

        Assert.Equal(amount, months.Sum(m => m.Amount));
        Assert.Equal((decimal)first, months[0].Amount);
        Assert.Equal((decimal)last, months[^1].Amount);
    }

    [Theory]
    [InlineData("2026-04")]
    [InlineData("Apr 2026")]
    [InlineData("April 2026")]
    [InlineData("04/2026")]
    [InlineData("15/04/2026")]
    [InlineData("2026-04-30")]
    [InlineData("46113")]
    public void AMonth_IsReadAsFinanceSystemsWriteIt(string text)
    {
        Assert.True(SpendMonths.TryParse(text, out var month));
        Assert.Equal(new DateOnly(2026, 4, 1), month);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Q1 2026")]
    [InlineData("2026-13")]
    [InlineData("12")]
    public void NotAMonth_IsRefused(string text) => Assert.False(SpendMonths.TryParse(text, out _));
}
