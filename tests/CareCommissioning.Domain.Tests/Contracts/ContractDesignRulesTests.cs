using CareCommissioning.Domain.Contracts.Design;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>
/// The parts of a contract design: when and how outcomes are agreed with providers (CD-P8), the approaches with a newer
/// one considered (CD-P9), the cost of each outcome against the fair cost of care (CD-P10), the objectives (CD-P11),
/// the provisions as data and what a design misses before it is ready (CD-P13). Rules only: the page tests show a
/// commissioner doing each.
/// </summary>
public sealed class ContractDesignRulesTests
{
    private static readonly Guid Breaks = Guid.NewGuid();
    private static readonly Guid Wellbeing = Guid.NewGuid();

    [Fact]
    public void Outline_NeedsATitleAndRecommendedOutcomes()
    {
        Assert.Equal(
            ["Title", "OutcomeIds"],
            ContractDesignRules.Outline(" ", [], [Breaks]).Select(e => e.Field).ToArray()
        );
        Assert.Equal(
            "Choose outcomes recommended for a contract: recommend an outcome on its page first",
            Assert.Single(ContractDesignRules.Outline("Breaks", [Wellbeing], [Breaks])).Message
        );
        Assert.Empty(ContractDesignRules.Outline("Breaks", [Breaks], [Breaks, Wellbeing]));
    }

    [Fact]
    public void Agreements_NeedAWayAtOneStage_AWayForEachDate_AndDatesInStageOrder()
    {
        OutcomeAgreementEntry E(AgreementStage s, string? how, DateOnly? on = null) => new(s, how, on);
        Assert.Equal(
            "Say how the outcomes will be agreed with providers at one stage at least",
            Assert.Single(ContractDesignRules.Agreements([E(AgreementStage.MarketEngagement, " ")])).Message
        );
        var errors = ContractDesignRules.Agreements([
            E(AgreementStage.MarketEngagement, "Provider day", new DateOnly(2027, 3, 1)),
            E(AgreementStage.DialogueOrNegotiation, null, new DateOnly(2027, 2, 1)),
        ]);
        Assert.Equal(
            [
                (
                    "Agreements[1].Method",
                    "Say how the outcomes will be agreed with providers at competitive dialogue or negotiation, or remove its date"
                ),
                (
                    "Agreements[1].PlannedOn",
                    "The competitive dialogue or negotiation date must be on or after the market engagement date"
                ),
            ],
            errors.Select(e => (e.Field, e.Message)).ToArray()
        );
        Assert.Empty(
            ContractDesignRules.Agreements([
                E(AgreementStage.MarketEngagement, "Provider day", new DateOnly(2027, 1, 20)),
                E(AgreementStage.FirstReview, "Six-month review"),
            ])
        );
    }

    [Fact]
    public void Approaches_NeedBenefitsAndDrawbacks_ANewerApproach_AndOneChosen()
    {
        DesignApproachEntry E(
            ContractApproach a,
            string? b = null,
            string? d = null,
            bool chosen = false,
            string? name = null
        ) => new(a, name, b, d, chosen);
        var onlyOld = ContractDesignRules.Approaches([
            E(ContractApproach.TimeAndTask, "Simple", "Pays for time"),
            E(ContractApproach.OutcomesBasedPayment),
            E(ContractApproach.Other),
        ]);
        Assert.Equal(["Approaches[1].Benefits", "ChosenApproaches"], onlyOld.Select(e => e.Field).ToArray());
        var other = ContractDesignRules.Approaches([
            E(ContractApproach.OutcomesBasedPayment, "Rewards outcomes", "Needs a survey", chosen: true),
            E(ContractApproach.Other, "Shared risk"),
        ]);
        Assert.Equal(
            ["Name the other approach", "Enter the drawbacks of the other approach"],
            other.Select(e => e.Message).ToArray()
        );
        Assert.Empty(
            ContractDesignRules.Approaches([
                E(ContractApproach.IndividualServiceFunds, "Choice", "Set-up", chosen: true),
            ])
        );
    }

    [Fact]
    public void AnOutcomesCost_IsUnitCostTimesUnitsTimesYears_Unrounded_AndFlaggedBelowTheFairCostOfCare()
    {
        var cost = new OutcomeCost(Breaks, "an hour of home care", 23.337m, 10_000m, 3, 25.00m);
        Assert.Equal(233_370m, cost.AnnualCost);
        Assert.Equal(700_110m, cost.Cost);
        Assert.True(cost.BelowFairCost);
        Assert.Equal(1.663m, cost.ShortfallPerUnit);
        var atRate = cost with { UnitCost = 25.00m };
        Assert.False(atRate.BelowFairCost);
        Assert.Equal(0m, atRate.ShortfallPerUnit);
        Assert.False((cost with { FairCostRate = null }).BelowFairCost);
    }

    [Fact]
    public void Costs_LeaveAnOutcomeUncosted_ButCheckOneStarted()
    {
        OutcomeCostEntry E(string? unit, decimal? cost, decimal? units, int? years, decimal? fair = null) =>
            new(Breaks, "Carers get a break", unit, cost, units, years, fair);
        Assert.Empty(ContractDesignRules.Costs([E(null, null, null, null)]));
        Assert.Equal(
            [
                (
                    "Costs[0].Unit",
                    "Enter the unit the cost of 'Carers get a break' is counted in, for example an hour of care"
                ),
                ("Costs[0].UnitCost", "The unit cost must be more than £0"),
                ("Costs[0].UnitsPerYear", "Enter how many units a year 'Carers get a break' needs"),
                ("Costs[0].Years", "The years must be from 1 to 15"),
                ("Costs[0].FairCostRate", "The fair cost of care rate must be more than £0"),
            ],
            ContractDesignRules.Costs([E(" ", 0m, null, 16, -1m)]).Select(e => (e.Field, e.Message)).ToArray()
        );
    }

    [Fact]
    public void Objectives_EachNeedAWayToAchieveThem_AndOneAtLeast()
    {
        ContractObjectiveEntry E(ObjectiveCategory c, string? o, string? how) => new(c, o, how);
        Assert.Equal(
            ["Objectives[0].Objective"],
            ContractDesignRules
                .Objectives([E(ObjectiveCategory.Quality, null, null)], null)
                .Select(e => e.Field)
                .ToArray()
        );
        Assert.Equal(
            [
                "Enter the most effective way to achieve the health and safety objective",
                "Enter the continuity of supply objective the way to achieve it is for",
            ],
            ContractDesignRules
                .Objectives(
                    [
                        E(ObjectiveCategory.HealthAndSafety, "No avoidable falls", ""),
                        E(ObjectiveCategory.ContinuityOfSupply, null, "Notice"),
                    ],
                    null
                )
                .Select(e => e.Message)
                .ToArray()
        );
    }

    [Fact]
    public void AProvision_IsCheckedForItsKind()
    {
        ProvisionDetails P(ProvisionKind? kind) => new(kind, "Heading", "Wording");
        Assert.Equal(
            "Select the kind of provision",
            Assert.Single(ContractDesignRules.Provision(P(null), [Breaks])).Message
        );
        Assert.Equal(
            "Enter what the deduction is worth: an amount or a percentage of the payment",
            Assert.Single(ContractDesignRules.Provision(P(ProvisionKind.Deduction), [Breaks])).Message
        );
        Assert.Equal(
            "Enter an amount or a percentage, not both",
            Assert
                .Single(
                    ContractDesignRules.Provision(
                        P(ProvisionKind.Incentive) with
                        {
                            Amount = 100m,
                            Percentage = 5m,
                        },
                        [Breaks]
                    )
                )
                .Message
        );
        Assert.Equal(
            "The percentage must be more than 0 and no more than 100",
            Assert
                .Single(ContractDesignRules.Provision(P(ProvisionKind.Incentive) with { Percentage = 150m }, [Breaks]))
                .Message
        );
        Assert.Equal(
            "Only an incentive or a deduction is worth an amount or a percentage: remove it",
            Assert
                .Single(ContractDesignRules.Provision(P(ProvisionKind.Safeguarding) with { Amount = 10m }, [Breaks]))
                .Message
        );
        Assert.Equal(
            "Enter the date of the milestone",
            Assert.Single(ContractDesignRules.Provision(P(ProvisionKind.Milestone), [Breaks])).Message
        );
        Assert.Equal(
            "Choose the outcome the performance measure is for",
            Assert.Single(ContractDesignRules.Provision(P(ProvisionKind.PerformanceMeasure), [Breaks])).Message
        );
        Assert.Equal(
            "Choose one of the design's outcomes",
            Assert
                .Single(
                    ContractDesignRules.Provision(
                        P(ProvisionKind.PerformanceMeasure) with
                        {
                            OutcomeId = Wellbeing,
                        },
                        [Breaks]
                    )
                )
                .Message
        );
        Assert.Empty(
            ContractDesignRules.Provision(
                P(ProvisionKind.Deduction) with
                {
                    Amount = 250m,
                    OutcomeId = Breaks,
                },
                [Breaks]
            )
        );
    }

    [Fact]
    public void ADesign_MissesAMeasureForEachOutcome_AndTheEssentialProvisions_UntilItHasThem()
    {
        ContractProvision P(ProvisionKind kind, Guid? outcome = null) =>
            new()
            {
                Kind = kind,
                Title = "t",
                Text = "w",
                OutcomeId = outcome,
            };
        (Guid, string)[] outcomes = [(Breaks, "Carers get a break"), (Wellbeing, "Fewer carers give up")];
        Assert.Equal(
            [
                "A performance measure for the outcome 'Fewer carers give up'",
                "A safeguarding provision",
                "Termination provisions",
            ],
            ContractDesignRules.Missing(
                outcomes,
                [
                    P(ProvisionKind.PerformanceMeasure, Breaks),
                    P(ProvisionKind.PaymentTerms),
                    P(ProvisionKind.DataProtection),
                    P(ProvisionKind.Incentive, Wellbeing),
                ]
            )
        );
        Assert.Equal(
            [
                "The priority outcomes the contract is for",
                "Payment terms",
                "A safeguarding provision",
                "A data protection provision",
                "Termination provisions",
            ],
            ContractDesignRules.Missing([], [])
        );
        Assert.Empty(
            ContractDesignRules.Missing(
                outcomes,
                [
                    P(ProvisionKind.PerformanceMeasure, Breaks),
                    P(ProvisionKind.PerformanceMeasure, Wellbeing),
                    P(ProvisionKind.PaymentTerms),
                    P(ProvisionKind.Safeguarding),
                    P(ProvisionKind.DataProtection),
                    P(ProvisionKind.Termination),
                ]
            )
        );
    }
}
