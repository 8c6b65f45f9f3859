using CareCommissioning.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace CareCommissioning.Domain.Tests.Common;

public sealed class UkCalendarTests
{
    private static DateOnly TodayAt(string utc) => UkCalendar.Today(new FakeTimeProvider(DateTimeOffset.Parse(utc)));

    [Theory]
    [InlineData("2026-03-29T00:30:00Z", 2026, 3, 29)] // GMT still: clocks go forward at 01:00 UTC
    [InlineData("2026-03-29T01:30:00Z", 2026, 3, 29)] // 02:30 BST
    [InlineData("2026-03-28T23:30:00Z", 2026, 3, 28)] // GMT: the UK day is the UTC day
    [InlineData("2026-06-30T23:30:00Z", 2026, 7, 1)] // BST: 00:30 on 1 July in London, still 30 June in UTC
    [InlineData("2026-10-24T23:30:00Z", 2026, 10, 25)] // BST until 01:00 UTC on 25 October
    [InlineData("2026-10-25T23:30:00Z", 2026, 10, 25)] // GMT again
    [InlineData("2026-12-31T23:59:59Z", 2026, 12, 31)]
    public void Today_IsTheDayInLondon(string utc, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), TodayAt(utc));

    [Theory]
    [InlineData("2026-03-31T22:59:59Z", "2025/26")] // 23:59:59 BST on 31 March
    [InlineData("2026-03-31T23:00:00Z", "2026/27")] // midnight BST: 1 April, an hour before UTC's
    [InlineData("2027-03-31T23:30:00Z", "2027/28")]
    [InlineData("2026-12-25T12:00:00Z", "2026/27")]
    public void ThisFinancialYear_TurnsOverAtUkMidnightOnFirstApril(string utc, string year) =>
        Assert.Equal(year, UkCalendar.ThisFinancialYear(new FakeTimeProvider(DateTimeOffset.Parse(utc))).ToString());

    [Fact]
    public void ThisFinancialYear_IsTheYearContainingToday()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2027-02-14T09:00:00Z"));
        Assert.Equal(FinancialYear.Containing(UkCalendar.Today(clock)), UkCalendar.ThisFinancialYear(clock));
    }

    [Fact]
    public void Today_FollowsTheClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-07-10T22:00:00Z"));
        Assert.Equal(new DateOnly(2026, 7, 10), UkCalendar.Today(clock));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DateOnly(2026, 7, 11), UkCalendar.Today(clock));
    }

    [Theory]
    [InlineData("2026-07-01", "2026-06-30T23:00:00Z")] // BST
    [InlineData("2026-12-01", "2026-12-01T00:00:00Z")] // GMT
    [InlineData("2026-03-29", "2026-03-29T00:00:00Z")] // the day clocks go forward starts in GMT
    [InlineData("2026-10-25", "2026-10-24T23:00:00Z")] // the day clocks go back starts in BST
    public void StartOf_IsUkMidnight(string day, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc), UkCalendar.StartOf(DateOnly.Parse(day)));

    [Fact]
    public void LocalTime_ShowsTheUkWallClock()
    {
        var summer = UkCalendar.LocalTime(DateTimeOffset.Parse("2026-07-01T14:05:00Z"));
        Assert.Equal((15, 5, TimeSpan.FromHours(1)), (summer.Hour, summer.Minute, summer.Offset));
        var winter = UkCalendar.LocalTime(DateTimeOffset.Parse("2026-01-15T14:05:00Z"));
        Assert.Equal((14, 5, TimeSpan.Zero), (winter.Hour, winter.Minute, winter.Offset));
    }

    [Fact]
    public void DateOf_AgreesWithStartOf()
    {
        var day = new DateOnly(2026, 10, 25);
        Assert.Equal(day, UkCalendar.DateOf(UkCalendar.StartOf(day)));
        Assert.Equal(day.AddDays(-1), UkCalendar.DateOf(UkCalendar.StartOf(day).AddTicks(-1)));
    }
}
