using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Contracts.Design;
using CareCommissioning.Domain.Tests.Builders;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>
/// A contract's priority outcomes (CD-P1…P7): taken from a decided appraisal with who agreed them, or entered with who
/// agreed them and when; a conflict resolved only with who decided and when; recommended for the contract only when it
/// can be measured, its implications are assessed and it says how it will be specified and evidenced.
/// </summary>
public sealed class ContractOutcomeRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static ContractOutcomeDetails Entered(string? agreedWith = "Carers' forum, 12 November meeting") =>
        new("People leave hospital on the day they are ready", agreedWith, new DateOnly(2026, 11, 12), null, null);

    private static ContractOutcomeDetails Recommendable() =>
        Entered() with
        {
            Indicator = "Share of discharges on the day the person is ready",
            Target = "90% by March 2028",
            CostImplications = "About £40,000 a year more for weekend cover",
            ResourceImplications = "Two more reablement workers at weekends",
            RiskImplications = "Provider cannot recruit: contingency with the in-house team",
            SustainabilityImplications = "Fewer long-term packages pay for it from year two",
            Recommended = true,
            HowSpecified = "A service requirement with a KPI in schedule 3",
            HowEvidenced = "Monthly electronic call monitoring extract",
        };

    [Fact]
    [Trait("Criterion", "CD-P1")]
    public void AnEnteredOutcome_NeedsWhoAgreedItAndWhen()
    {
        var errors = ContractOutcomeRules.Validate(
            Entered(agreedWith: " ") with
            {
                AgreedOn = null,
            },
            OutcomeSource.Entered,
            Today
        );
        Assert.Equal(
            [
                (
                    "AgreedWith",
                    "Enter who agreed the outcome: the people who use services, key people or communities, and how"
                ),
                ("AgreedOn", "Enter the date the outcome was agreed"),
            ],
            errors.Select(e => (e.Field, e.Message))
        );
        Assert.Empty(ContractOutcomeRules.Validate(Entered(), OutcomeSource.Entered, Today));
    }

    [Fact]
    [Trait("Criterion", "CD-P1")]
    public void ADecidedAppraisalsOutcomes_BecomeContractOutcomes_AgreedThroughItsEngagementAndDecision()
    {
        var appraisal = new AppraisalBuilder().InStatus(AppraisalStatus.Decided).Build();
        appraisal.Content.Outcomes =
        [
            new AppraisalOutcome { Outcome = "More people regain independence", Measure = "Reablement success rate" },
            new AppraisalOutcome { Outcome = " " },
        ];
        appraisal.Content.Engagement.InvitedOrganisationIds = [Guid.NewGuid()];
        appraisal.Content.Decision = new AppraisalDecision
        {
            Decision = "Agreed",
            DecidedBy = "Margaret Okafor",
            DecidedAt = new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero),
        };

        var outcome = Assert.Single(ContractOutcomeRules.FromAppraisal(appraisal, DateTimeOffset.UnixEpoch)!);

        Assert.Equal("More people regain independence", outcome.Title);
        Assert.Equal("Reablement success rate", outcome.Indicator);
        Assert.Equal(OutcomeSource.Appraisal, outcome.Source);
        Assert.Equal(appraisal.Content.Outcomes[0].Id, outcome.AppraisalOutcomeId);
        // 23:30 UTC on 31 October is 31 October in the UK (GMT from 25 October).
        Assert.Equal(new DateOnly(2026, 10, 31), outcome.AgreedOn);
        Assert.Equal(
            "Agreed through the engagement on the options appraisal \"Sample\", and the decision by Margaret Okafor",
            outcome.AgreedWith
        );
        Assert.Empty(
            ContractOutcomeRules.Validate(ContractOutcomeDetails.From(outcome), OutcomeSource.Appraisal, Today)
        );
    }

    [Fact]
    public void AnAppraisalNotYetDecided_GivesNoOutcomes()
    {
        var appraisal = new AppraisalBuilder().InStatus(AppraisalStatus.EngagementOpen).Build();
        appraisal.Content.Outcomes = [new AppraisalOutcome { Outcome = "More people regain independence" }];
        Assert.Null(ContractOutcomeRules.FromAppraisal(appraisal, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    [Trait("Criterion", "CD-P4")]
    public void AResolvedConflict_NeedsTheConflictWhoDecidedAndWhen_NotInTheFuture()
    {
        var errors = ContractOutcomeRules.Validate(
            Entered() with
            {
                Resolution = "Weekend discharges first; the day-centre review waits a year",
                ResolvedOn = Today.AddDays(1),
            },
            OutcomeSource.Entered,
            Today
        );
        Assert.Equal(["Conflict", "ResolvedBy", "ResolvedOn"], errors.Select(e => e.Field));
        Assert.Equal("The date it was resolved must be today or in the past", errors[^1].Message);

        Assert.Empty(
            ContractOutcomeRules.Validate(
                Entered() with
                {
                    Conflict = "The same money was asked for by the day-centre review",
                    Resolution = "Weekend discharges first; the day-centre review waits a year",
                    ResolvedBy = "Head of Commissioning, within her delegated limit",
                    ResolvedOn = Today,
                },
                OutcomeSource.Entered,
                Today
            )
        );
    }

    [Fact]
    [Trait("Criterion", "CD-P2")]
    [Trait("Criterion", "CD-P5")]
    [Trait("Criterion", "CD-P7")]
    public void ARecommendedOutcome_MustBeMeasurable_Assessed_AndSayHowItIsSpecifiedAndEvidenced()
    {
        var bare = ContractOutcomeRules.Validate(Entered() with { Recommended = true }, OutcomeSource.Entered, Today);
        Assert.Equal(
            [
                "An outcome recommended for the contract needs an indicator and a target, so it can be monitored",
                "Assess the cost, resource, risk and sustainability implications before recommending the outcome",
                "Say how the outcome will be specified in the contract",
                "Say how the provider will evidence the outcome",
            ],
            bare.Select(e => e.Message)
        );
        Assert.Empty(ContractOutcomeRules.Validate(Recommendable(), OutcomeSource.Entered, Today));

        var unresolved = ContractOutcomeRules.Validate(
            Recommendable() with
            {
                Conflict = "Competes with the day-centre review",
            },
            OutcomeSource.Entered,
            Today
        );
        Assert.Equal("Resolve the conflict before recommending the outcome", Assert.Single(unresolved).Message);
    }

    [Fact]
    public void ATargetWithoutAnIndicator_AndAFutureAgreement_AreRefused()
    {
        var errors = ContractOutcomeRules.Validate(
            Entered() with
            {
                Target = "90%",
                AgreedOn = Today.AddDays(1),
            },
            OutcomeSource.Entered,
            Today
        );
        Assert.Equal(["AgreedOn", "Indicator"], errors.Select(e => e.Field));
    }

    [Fact]
    public void AppliedAnswers_AreTrimmed_AndBlanksAreNothing()
    {
        var outcome = new ContractOutcome { Title = "" };
        (Recommendable() with { Title = "  Home the same day  ", Conflict = "  " }).ApplyTo(outcome);
        Assert.Equal("Home the same day", outcome.Title);
        Assert.Null(outcome.Conflict);
        Assert.True(outcome.ImplicationsAssessed);
        Assert.True(outcome.Recommended);
    }
}
