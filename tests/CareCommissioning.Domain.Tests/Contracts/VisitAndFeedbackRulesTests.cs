using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>When the next proactive visit is due, and what makes a visit or a piece of feedback acceptable.</summary>
public sealed class VisitAndFeedbackRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static VisitDetails Planned(DateOnly? done = null, string? by = null, string? findings = null) =>
        new(VisitTrigger.Planned, null, new DateOnly(2026, 12, 1), done, by, null, findings, null);

    [Theory]
    [InlineData(4, null, "2026-07-01")] // none done: a quarter after the start
    [InlineData(2, null, "2026-10-01")]
    [InlineData(1, null, "2027-04-01")]
    [InlineData(4, "2026-11-15", "2027-02-15")]
    [InlineData(2, "2026-11-15", "2027-05-15")]
    public void TheNextVisit_IsAYearDividedByThePlansVisits_AfterTheLastDone(int perYear, string? last, string due)
    {
        var plan = new MonitoringPlan(perYear, ["test"]);
        var next = VisitSchedule.NextDue(
            plan,
            new DateOnly(2026, 4, 1),
            last is null ? null : DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void AVisitIsOverdue_OnlyAfterItsDueDate()
    {
        Assert.False(VisitSchedule.IsOverdue(Today, Today));
        Assert.True(VisitSchedule.IsOverdue(Today.AddDays(-1), Today));
    }

    [Fact]
    public void APlannedVisitNotYetDone_NeedsOnlyItsDate() => Assert.Empty(VisitRules.Validate(Planned(), Today));

    [Fact]
    public void AReactiveReview_NeedsWhatTriggeredIt()
    {
        var errors = VisitRules.Validate(Planned() with { Trigger = VisitTrigger.SafeguardingConcern }, Today);
        Assert.Equal([new FieldError("TriggerDescription", "Enter what triggered the review")], errors);
    }

    [Fact]
    public void AVisitDone_NeedsWhoVisitedAndItsFindings_AndCannotBeDoneInTheFuture()
    {
        var errors = VisitRules.Validate(Planned(done: Today.AddDays(1)), Today);
        Assert.Equal(["DoneOn", "VisitedBy", "Findings"], errors.Select(e => e.Field));
        Assert.Empty(VisitRules.Validate(Planned(Today, "Quality officer", "All care plans current"), Today));
    }

    [Fact]
    public void APlannedVisit_DropsAnyTriggerDescription_WhenApplied()
    {
        var visit = new ContractVisit();
        (Planned() with { TriggerDescription = "left over" }).ApplyTo(visit);
        Assert.Null(visit.TriggerDescription);
        Assert.True(visit.IsProactive);
        Assert.Equal("Overdue: planned for 1 December 2026", visit.Status(Today));
    }

    [Fact]
    public void Feedback_NeedsItsDateSourceChannelWordsAndKind_AndMayBeAnonymous()
    {
        var ok = new FeedbackDetails(
            Today,
            FeedbackSource.FamilyCarer,
            null,
            FeedbackChannel.Complaint,
            "Visits late",
            FeedbackKind.Complaint,
            null
        );
        Assert.Empty(FeedbackRules.Validate(ok, Today));
        var bad = new FeedbackDetails(Today.AddDays(1), null, null, null, " ", null, null);
        Assert.Equal(
            ["ReceivedOn", "Source", "Channel", "Said", "Kind"],
            FeedbackRules.Validate(bad, Today).Select(e => e.Field)
        );
    }
}
