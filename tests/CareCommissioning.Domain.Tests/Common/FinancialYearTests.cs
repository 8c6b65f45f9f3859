using CareCommissioning.Domain.Common;

namespace CareCommissioning.Domain.Tests.Common;

public sealed class FinancialYearTests
{
    [Theory]
    [InlineData(2026, 4, 1, "2026/27")]
    [InlineData(2027, 3, 31, "2026/27")]
    [InlineData(2026, 3, 31, "2025/26")]
    [InlineData(1999, 12, 25, "1999/00")]
    public void Containing_Date_GivesTheYearStartingOnTheFirstOfApril(int y, int m, int d, string label) =>
        Assert.Equal(label, FinancialYear.Containing(new DateOnly(y, m, d)).ToString());

    [Theory]
    [InlineData("2026/27", true)]
    [InlineData("1999/00", true)]
    [InlineData("2026/28", false)]
    [InlineData("2026-27", false)]
    [InlineData("26/27", false)]
    [InlineData(null, false)]
    public void TryParse_Label_AcceptsOnlyConsecutiveYears(string? text, bool ok) =>
        Assert.Equal(ok, FinancialYear.TryParse(text, out _));

    [Fact]
    public void StartAndEnd_AreFirstAprilAndThirtyFirstMarch()
    {
        var year = new FinancialYear(2026);
        Assert.Equal(new DateOnly(2026, 4, 1), year.Start);
        Assert.Equal(new DateOnly(2027, 3, 31), year.End);
    }
}
