using CareCommissioning.Domain.Common;

namespace CareCommissioning.Domain.Tests.Common;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("0", "£0.00")]
    [InlineData("0.5", "£0.50")]
    [InlineData("0.005", "£0.01")]
    [InlineData("0.004", "£0.00")]
    [InlineData("1250.5", "£1,250.50")]
    [InlineData("999.995", "£1,000.00")]
    [InlineData("1234567.891", "£1,234,567.89")]
    [InlineData("-3", "-£3.00")]
    [InlineData("-0.005", "-£0.01")]
    [InlineData("-0.004", "£0.00")]
    [InlineData("-1250.5", "-£1,250.50")]
    public void Format_Amount_IsToThePennyRoundedHalfAwayFromZero(string amount, string text) =>
        Assert.Equal(text, MoneyText.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0", "£0")]
    [InlineData("5000", "£5,000")]
    [InlineData("5000.00", "£5,000")]
    [InlineData("5000.5", "£5,000.50")]
    [InlineData("5000.004", "£5,000")]
    [InlineData("5000.005", "£5,000.01")]
    [InlineData("214904", "£214,904")]
    [InlineData("-25000", "-£25,000")]
    [InlineData("-0.75", "-£0.75")]
    public void InText_WholePounds_HaveNoPence(string amount, string text) =>
        Assert.Equal(text, MoneyText.InText(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0", "£0")]
    [InlineData("80177900", "£80,177,900")]
    [InlineData("80177899.5", "£80,177,900")]
    [InlineData("1228.49", "£1,228")]
    [InlineData("-477900", "-£477,900")]
    [InlineData("-0.5", "-£1")]
    [InlineData("-0.49", "£0")]
    public void WholePounds_AreRoundedHalfAwayFromZero(string amount, string text) =>
        Assert.Equal(
            text,
            MoneyText.WholePounds(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))
        );

    [Theory]
    [InlineData("0", "£0")]
    [InlineData("400.4", "£400")]
    [InlineData("25400", "£25k")]
    [InlineData("1250000", "£1.3m")]
    [InlineData("-1500", "-£2k")]
    [InlineData("-2400000", "-£2.4m")]
    [InlineData("-0.4", "£0")]
    public void Abbreviated_Amount_FitsAChartAxisWithTheSignFirst(string amount, string text) =>
        Assert.Equal(
            text,
            MoneyText.Abbreviated(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))
        );

    [Fact]
    public void Format_DoesNotDependOnTheCurrentCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("£1,250.50", MoneyText.Format(1250.5m));
            Assert.Equal("1 April 2027", DateText.Format(new DateOnly(2027, 4, 1)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
