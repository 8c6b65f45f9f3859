using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>How far the milestones of a contract's implementation plan have slipped.</summary>
public sealed class MilestoneSlippageTests
{
    private static readonly DateOnly Planned = new(2026, 6, 1);

    private static DateOnly D(string s) => DateOnly.Parse(s);

    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData(null, "2026-05-20", 0, MilestoneStatus.OnTrack)]
    [InlineData("2026-06-01", "2026-05-20", 0, MilestoneStatus.OnTrack)]
    [InlineData("2026-05-25", "2026-05-20", 0, MilestoneStatus.OnTrack)] // forecast early: never negative
    [InlineData("2026-06-02", "2026-05-20", 1, MilestoneStatus.Slipping)]
    [InlineData("2026-06-08", "2026-05-20", 7, MilestoneStatus.Slipping)] // exactly at the tolerance
    [InlineData("2026-06-09", "2026-05-20", 8, MilestoneStatus.Late)] // one day beyond it
    [InlineData(null, "2026-06-01", 0, MilestoneStatus.OnTrack)] // due today, can still be met
    [InlineData(null, "2026-06-05", 4, MilestoneStatus.Slipping)] // planned date passed, not done
    [InlineData("2026-06-03", "2026-06-20", 19, MilestoneStatus.Late)] // a forecast left in the past
    public void AnOpenMilestone_IsOnTrackSlippingOrLate(
        string? forecast,
        string today,
        int daysSlipped,
        MilestoneStatus status
    )
    {
        var m = new PlanMilestone(
            "Providers mobilised",
            Planned,
            forecast is null ? null : D(forecast),
            ToleranceDays: 7
        );
        var s = MilestoneSlippage.Of(m, D(today));
        Assert.Equal(daysSlipped, s.DaysSlipped);
        Assert.Equal(status, s.Status);
    }

    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData("2026-05-28", 0, MilestoneStatus.Done)]
    [InlineData("2026-06-01", 0, MilestoneStatus.Done)]
    [InlineData("2026-06-02", 1, MilestoneStatus.DoneLate)]
    [InlineData("2026-07-01", 30, MilestoneStatus.DoneLate)]
    public void AnAchievedMilestone_IsDoneOrDoneLate(string actual, int daysSlipped, MilestoneStatus status)
    {
        var s = MilestoneSlippage.Of(
            new("Contract signed", Planned, Actual: D(actual), ToleranceDays: 7),
            D("2026-08-01")
        );
        Assert.Equal((daysSlipped, status), (s.DaysSlipped, s.Status));
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void ThePlan_CountsItsSlippedMilestones_AndNamesTheWorst()
    {
        var plan = MilestoneSlippage.OfPlan(
            [
                new("Contract awarded", D("2026-04-01"), Actual: D("2026-04-01")),
                new("Contract signed", D("2026-04-15"), Actual: D("2026-04-20")),
                new("Staff recruited", D("2026-05-01"), Forecast: D("2026-05-31"), ToleranceDays: 14),
                new("Service starts", D("2026-06-01"), Forecast: D("2026-06-05"), ToleranceDays: 7),
                new("First review", D("2026-09-01")),
            ],
            D("2026-05-10")
        );
        Assert.Equal(3, plan.SlippedCount);
        Assert.Equal(1, plan.LateCount);
        Assert.Equal("Staff recruited", plan.Worst!.Milestone.Name);
        Assert.Equal(30, plan.Worst.DaysSlipped);
    }

    [Fact]
    public void APlanWithNothingSlipped_HasNoWorst()
    {
        var plan = MilestoneSlippage.OfPlan([new("Contract awarded", Planned)], D("2026-05-01"));
        Assert.Equal(0, plan.SlippedCount);
        Assert.Null(plan.Worst);
    }

    [Fact]
    public void AMilestoneAchievedInTheFuture_OrWithANegativeTolerance_IsRefused()
    {
        var errors = MilestoneSlippage.Validate(
            new("Service starts", Planned, Actual: D("2026-06-02"), ToleranceDays: -1),
            D("2026-06-01")
        );
        Assert.Contains(new FieldError("Actual", "The date it was achieved must be today or in the past"), errors);
        Assert.Contains(new FieldError("ToleranceDays", "Tolerance must be from 0 to 365 days"), errors);
    }
}
