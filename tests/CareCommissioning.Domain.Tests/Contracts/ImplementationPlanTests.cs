using CareCommissioning.Domain.Contracts.Implementation;
using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>An implementation plan's versions, the checks on its answers, and the assessment of how it
/// stands.</summary>
public sealed class ImplementationPlanTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static ImplementationPlan Plan(decimal budget = 10_000m, decimal spent = 0m) =>
        new()
        {
            Summary = "Mobilise the carers' breaks service by April",
            ContingencyBudget = budget,
            ContingencySpent = spent,
        };

    private static PlanActivity Activity(
        string title,
        DateOnly due,
        Guid? outcome = null,
        string? regulatory = null,
        DateOnly? forecast = null,
        DateOnly? done = null,
        int tolerance = 0
    ) =>
        new()
        {
            Title = title,
            Owner = "Contract manager",
            DueDate = due,
            OutcomeId = outcome,
            RegulatoryRequirement = regulatory,
            ForecastDate = forecast,
            DoneDate = done,
            ToleranceDays = tolerance,
        };

    private static readonly RiskAppetite Appetite = new(
        new Dictionary<RiskCategory, int> { [RiskCategory.People] = 6, [RiskCategory.Financial] = 12 }
    );

    [Fact]
    public void ChangesWhileDrafting_StayInTheFirstVersion()
    {
        var plan = Plan();
        var change = plan.Change(null, "Added 'Recruit staff'", "Sam Commissioner", Now);
        Assert.Equal(1, plan.PlanVersion);
        Assert.Equal(1, change.PlanVersion);
        Assert.Null(change.Reason);
        Assert.Empty(ImplementationPlanRules.ValidateReason(plan, null));
    }

    [Trait("Criterion", "CD-P20")]
    [Fact]
    public void AChangeAfterSharing_NeedsAReason_AndStartsTheNextVersion()
    {
        var plan = Plan();
        plan.Share("Carers' forum", PlanFormats.EasyRead, null, "Sam Commissioner", Now);
        Assert.True(plan.ChangeStartsNewVersion);

        var refused = Assert.Single(ImplementationPlanRules.ValidateReason(plan, "  "));
        Assert.Equal("Reason", refused.Field);
        Assert.Contains("version 1 has been shared, so this change makes version 2", refused.Message);

        var change = plan.Change("The provider's CQC registration is delayed", "Moved 'Go live'", "Sam", Now);
        Assert.Equal(2, plan.PlanVersion);
        Assert.Equal(2, change.PlanVersion);
        Assert.Equal("The provider's CQC registration is delayed", change.Reason);
        // Further changes before the next share stay in version 2.
        Assert.False(plan.ChangeStartsNewVersion);
        plan.Change(null, "Added 'Visit'", "Sam", Now);
        Assert.Equal(2, plan.PlanVersion);
    }

    [Fact]
    public void Sharing_RecordsTheVersionFormatsAndRecipients()
    {
        var plan = Plan();
        var share = plan.Share(
            " Carers' forum\nDecision makers ",
            PlanFormats.WebPage | PlanFormats.EasyRead,
            "Sent before the forum",
            "Sam",
            Now
        );
        Assert.Equal(1, share.PlanVersion);
        Assert.Equal(1, plan.SharedVersion);
        Assert.Equal("Carers' forum\nDecision makers", share.Recipients);
        Assert.Equal("Web page, Easy read", PlanFormatsNames.Display(share.Formats));
    }

    [Fact]
    public void ASharedPlan_NeedsRecipientsAndAFormat()
    {
        var errors = ImplementationPlanRules.ValidateShare(" ", PlanFormats.None);
        Assert.Equal(["Recipients", "Formats"], errors.Select(e => e.Field));
    }

    [Fact]
    public void AnActivity_NeedsItsTitleOwnerAndDueDate_AndItsDatesInOrder()
    {
        var blank = new ActivityDetails(null, " ", null, null, null, null, null, 0, null, null, null, null, null);
        Assert.Equal(
            ["Title", "Owner", "DueDate"],
            ImplementationPlanRules.Validate(blank, Today).Select(e => e.Field)
        );

        var muddled = new ActivityDetails(
            "Go live",
            "Contract manager",
            null,
            new DateOnly(2027, 5, 1),
            new DateOnly(2027, 4, 1),
            null,
            new DateOnly(2027, 1, 1),
            400,
            null,
            null,
            null,
            null,
            null
        );
        var errors = ImplementationPlanRules.Validate(muddled, Today);
        Assert.Equal(["StartDate", "ToleranceDays", "DoneDate"], errors.Select(e => e.Field));
        Assert.Contains("today or in the past", errors[2].Message);
    }

    [Fact]
    public void APlan_NeedsItsSummary_AndContingencyInPounds()
    {
        var errors = ImplementationPlanRules.Validate(new PlanDetails("", null, -5m, 0.001m));
        Assert.Equal(["Summary", "ContingencyBudget", "ContingencySpent"], errors.Select(e => e.Field));
    }

    [Trait("Criterion", "CD-P15")]
    [Fact]
    public void APlan_IsFlagged_WhereAnOutcomeHasNoActivity_OrARegulatedContractNoRegulatoryStep()
    {
        var breaks = new PlanOutcome(Guid.NewGuid(), "Carers get a break when they need one");
        var choice = new PlanOutcome(Guid.NewGuid(), "Carers choose how their break is given");
        var activities = new[] { Activity("Recruit short-break workers", new(2027, 2, 1), breaks.Id) };

        var a = PlanAssessment.Of(Plan(), activities, [breaks, choice], [], Appetite, regulated: true, Today);

        Assert.Equal([choice], a.OutcomesWithoutActivity);
        Assert.True(a.MissingRegulatoryStep);
        Assert.Contains("No activity serves the priority outcome 'Carers choose how their break is given'", a.Flags);
        Assert.Contains(a.Flags, f => f.StartsWith("No activity meets a regulatory requirement"));

        var withCqc = activities.Append(
            Activity("Check the provider's CQC registration", new(2027, 1, 15), choice.Id, "CQC registration")
        );
        var b = PlanAssessment.Of(Plan(), [.. withCqc], [breaks, choice], [], Appetite, regulated: true, Today);
        Assert.True(b.InLine);
        Assert.Empty(b.Flags);
    }

    [Trait("Criterion", "CD-P16")]
    [Fact]
    public void APlan_IsFlagged_WhenARiskIsAboveTheAppetite_OrNoAppetiteIsSet()
    {
        var risk = new Risk
        {
            Title = "Not enough workers recruited",
            Owner = "Contract manager",
            Category = RiskCategory.People,
            Likelihood = 4,
            Impact = 3,
            ResidualLikelihood = 3,
            ResidualImpact = 3,
        };
        var activities = new[] { Activity("Recruit", new(2027, 2, 1)) };

        var over = PlanAssessment.Of(Plan(), activities, [], [risk], Appetite, regulated: false, Today);
        Assert.False(over.InLine);
        Assert.Equal(["Not enough workers recruited: residual 9 above the appetite of 6 for People"], over.Flags);

        var unset = PlanAssessment.Of(Plan(), activities, [], [risk], null, regulated: false, Today);
        Assert.Equal(
            ["The organisation has not set its risk appetite, so the balance of risk cannot be checked"],
            unset.Flags
        );
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void APlan_ShowsItsSlippageAndContingency()
    {
        var activities = new[]
        {
            Activity("Recruit", new(2026, 11, 1)),
            Activity("Train", new(2026, 12, 1), tolerance: 10),
            Activity("Launch", new(2027, 1, 1), done: null),
        };
        var a = PlanAssessment.Of(Plan(10_000m, 12_000m), activities, [], [], Appetite, regulated: false, Today);

        Assert.Equal(2, a.Slippage.SlippedCount);
        Assert.Equal(1, a.Slippage.LateCount);
        Assert.Equal("Recruit", a.Slippage.Worst!.Milestone.Name);
        Assert.Equal(36, a.Slippage.Worst.DaysSlipped);
        Assert.Equal(RagStatus.Red, a.Contingency.Rag);
        Assert.Equal(
            ["1 activity is late beyond its tolerance", "More contingency has been spent than was set aside"],
            a.Flags
        );
    }

    [Fact]
    public void AnEmptyPlan_SaysSo()
    {
        var a = PlanAssessment.Of(Plan(), [], [], [], Appetite, regulated: false, Today);
        Assert.Equal(["The plan has no activities yet"], a.Flags);
    }
}
