using CareCommissioning.Domain.Common;

namespace CareCommissioning.Domain.Tests.Common;

public sealed class DateTextTests
{
    [Theory]
    [InlineData(2027, 4, 1, "1 April 2027")]
    [InlineData(2026, 12, 25, "25 December 2026")]
    [InlineData(2028, 2, 29, "29 February 2028")]
    [InlineData(1, 1, 1, "1 January 0001")]
    public void Format_Date_IsDayMonthNameAndYearWithoutLeadingZero(int y, int m, int d, string text) =>
        Assert.Equal(text, DateText.Format(new DateOnly(y, m, d)));
}
