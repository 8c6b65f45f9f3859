using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>The KPI returns a contract owes, when each is due, which are late, and which periods can take a
/// return.</summary>
public sealed class KpiReturnPeriodsTests
{
    private static readonly DateOnly Start = new(2026, 5, 15);
    private static readonly DateOnly End = new(2027, 2, 10);

    private static DateOnly D(string s) => DateOnly.Parse(s);

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AMonthlyContract_OwesAReturnForEveryMonthItRuns_PartMonthsIncluded()
    {
        var periods = KpiReturnPeriods.For(ReturnFrequency.Monthly, Start, End);
        Assert.Equal(10, periods.Count); // May 2026 to February 2027
        Assert.Equal(new(ReturnFrequency.Monthly, D("2026-05-01"), D("2026-05-31"), D("2026-06-15")), periods[0]);
        Assert.Equal("May 2026", periods[0].Name);
        Assert.Equal(D("2027-02-01"), periods[^1].Start);
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AQuarterlyContract_ReportsByQuartersOfTheFinancialYear()
    {
        var periods = KpiReturnPeriods.For(ReturnFrequency.Quarterly, Start, End, daysToReturn: 30);
        Assert.Equal(
            [D("2026-04-01"), D("2026-07-01"), D("2026-10-01"), D("2027-01-01")],
            periods.Select(p => p.Start)
        );
        Assert.Equal(D("2026-06-30"), periods[0].End);
        Assert.Equal(D("2026-07-30"), periods[0].DueOn);
        Assert.Equal("Quarter 4 of 2026/27 (January to March 2027)", periods[^1].Name);
    }

    [Fact]
    public void AContractOfOneDay_StillOwesOneReturn() =>
        Assert.Single(KpiReturnPeriods.For(ReturnFrequency.Monthly, D("2026-05-31"), D("2026-05-31")));

    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData("2026-06-14", 0)]
    [InlineData("2026-06-15", 1)] // due on this day
    [InlineData("2026-07-15", 2)]
    [InlineData("2030-01-01", 10)]
    public void TheReturnsDue_AreThoseWhoseDueDayHasCome(string date, int due) =>
        Assert.Equal(due, KpiReturnPeriods.DueBy(ReturnFrequency.Monthly, Start, End, D(date)).Count);

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AReturnDueToday_IsNotLate_ButIsLateTomorrow()
    {
        Assert.Empty(KpiReturnPeriods.Late(ReturnFrequency.Monthly, Start, End, [], D("2026-06-15")));
        var late = Assert.Single(KpiReturnPeriods.Late(ReturnFrequency.Monthly, Start, End, [], D("2026-06-16")));
        Assert.Equal(D("2026-05-01"), late.Start);
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AReturnReceived_IsNotLate()
    {
        var late = KpiReturnPeriods.Late(ReturnFrequency.Monthly, Start, End, [D("2026-05-01")], D("2026-07-16"));
        Assert.Equal([D("2026-06-01")], late.Select(p => p.Start));
    }

    [Fact]
    public void AReturnForAPeriodWithinTheContract_IsAccepted()
    {
        Assert.Null(KpiReturnPeriods.RefuseReturn(ReturnFrequency.Monthly, D("2026-05-01"), Start, End, []));
        Assert.Null(KpiReturnPeriods.RefuseReturn(ReturnFrequency.Monthly, D("2027-02-01"), Start, End, []));
    }

    [Theory]
    [InlineData("2026-04-01")]
    [InlineData("2027-03-01")]
    public void AReturnForAPeriodOutsideTheContract_IsRefused(string period) =>
        Assert.Equal(
            new FieldError(
                "Period",
                "The contract runs from 15 May 2026 to 10 February 2027: select a period within it"
            ),
            KpiReturnPeriods.RefuseReturn(ReturnFrequency.Monthly, D(period), Start, End, [])
        );

    [Fact]
    public void AReturnForAClosedPeriod_IsRefused() =>
        Assert.Equal(
            new FieldError(
                "Period",
                "The return for this period has been accepted and the period closed: it cannot change"
            ),
            KpiReturnPeriods.RefuseReturn(ReturnFrequency.Monthly, D("2026-06-01"), Start, End, [D("2026-06-01")])
        );

    [Theory]
    [InlineData(ReturnFrequency.Monthly, "2026-06-02", "Select a month: it starts on the 1st")]
    [InlineData(
        ReturnFrequency.Quarterly,
        "2026-05-01",
        "Select a quarter of the financial year: it starts on 1 April, 1 July, 1 October or 1 January"
    )]
    public void AReturnForSomethingThatIsNotAPeriod_IsRefused(
        ReturnFrequency frequency,
        string period,
        string message
    ) =>
        Assert.Equal(
            new FieldError("Period", message),
            KpiReturnPeriods.RefuseReturn(frequency, D(period), Start, End, [])
        );
}
