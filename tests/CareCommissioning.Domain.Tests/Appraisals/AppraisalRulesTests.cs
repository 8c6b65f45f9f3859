using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Tests.Builders;

namespace CareCommissioning.Domain.Tests.Appraisals;

public sealed class AppraisalRulesTests
{
    internal static Appraisal Sample() => new AppraisalBuilder().Build();

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public void Workflow_RefusesEachStepWithItsReasons_AndAllowsItWhenMet()
    {
        var a = Sample();
        Assert.Contains(
            "Write the plain-language summary people will read",
            AppraisalWorkflow.Blockers(a, AppraisalStatus.EngagementOpen)
        );
        Assert.Contains(
            "An appraisal that is draft cannot move to decided",
            AppraisalWorkflow.Blockers(a, AppraisalStatus.Decided)
        );
        a.Content.Outcomes.Add(new AppraisalOutcome { Outcome = "More people at home" });
        a.Content.Engagement = new Engagement { Summary = "Plain words", InvitedOrganisationIds = [Guid.NewGuid()] };
        Assert.Empty(AppraisalWorkflow.Blockers(a, AppraisalStatus.EngagementOpen));

        a.Status = AppraisalStatus.EngagementClosed;
        Assert.Contains(
            "Recommend one of the short-listed options",
            AppraisalWorkflow.Blockers(a, AppraisalStatus.ReadyForDecision)
        );
        a.Content.Recommendation = new Recommendation
        {
            OptionId = a.Content.Options[1].Id,
            Reasons = "Value",
            ConsequencesOfAction = "Good",
            ConsequencesOfInaction = "Bad",
        };
        Assert.Empty(AppraisalWorkflow.Blockers(a, AppraisalStatus.ReadyForDecision));
        a.Content.Options[0].Assessment = OptionAssessment.Discounted;
        Assert.Contains(
            "Do nothing must be on the short list as the comparator",
            AppraisalWorkflow.Blockers(a, AppraisalStatus.ReadyForDecision)
        );
    }

    [Fact]
    public void ContentRules_FindEveryBrokenPart_ByItsPath()
    {
        var a = Sample();
        var c = a.Content;
        c.Options[0].Kind = OptionKind.Innovation;
        c.Options[1].Costs.Add(new YearAmount { Year = 9, Amount = 1m });
        c.Criteria = [new() { Name = "A", Weight = 70 }, new() { Name = "B", Weight = 20 }];
        c.Uncertainties =
        [
            new()
            {
                OptionId = c.Options[1].Id,
                Stream = FlowStream.Costs,
                Distribution = DistributionKind.Triangular,
                Low = 1.2m,
                Mode = 1m,
                High = 0.9m,
            },
        ];
        c.MonteCarloIterations = 10_000_000;
        var fields = AppraisalContentRules.Validate(c, a.HorizonYears).Select(e => e.Field).ToList();
        Assert.Contains("options", fields);
        Assert.Contains("options[1].costs[2]", fields);
        Assert.Contains("criteria", fields);
        Assert.Contains("uncertainties[0].low", fields);
        Assert.Contains("monteCarloIterations", fields);
        Assert.Empty(AppraisalContentRules.Validate(Sample().Content, 3));
    }

    [Fact]
    [Trait("Criterion", "OA-P13")]
    public void Calculator_SwitchingValue_IsTheMarginOverTheRunnerUp()
    {
        var a = Sample();
        var economic = AppraisalCalculator.Economic(a)!;
        var preferred = economic.Results.Single(r => r.Preferred);
        var other = economic.Results.Single(r => !r.Preferred);
        Assert.Equal(preferred.Npsv - other.Npsv, economic.Switch.Margin);
        // Lowering the preferred option's benefits by exactly the switching value makes the two options equal.
        var fall = economic.Switch.BenefitsFall!.Value;
        Assert.Equal(Math.Round(other.Npsv, 10), Math.Round(preferred.Npsv - fall * preferred.PvBenefits, 10));
        Assert.Equal(4, economic.Sensitivity.Count);
    }

    [Fact]
    public void Calculator_MonteCarlo_OnTheAppraisal_IsRepeatableWithItsSeed()
    {
        var a = Sample();
        a.Content.Uncertainties.Add(
            new UncertaintyEntry
            {
                OptionId = a.Content.Options[1].Id,
                Stream = FlowStream.Costs,
                Distribution = DistributionKind.Pert,
                Low = 0.9m,
                Mode = 1m,
                High = 1.5m,
            }
        );
        a.Content.MonteCarloIterations = 2_000;
        var first = AppraisalCalculator.MonteCarlo(a)!;
        var second = AppraisalCalculator.MonteCarlo(a)!;
        Assert.Equal(first.Options.Select(o => o.Mean), second.Options.Select(o => o.Mean));
        Assert.Null(first.Options[0].ProbabilityBeatsBaseline);
        Assert.InRange(first.Options[1].ProbabilityBeatsBaseline!.Value, 0m, 1m);
    }

    [Fact]
    public void SensitivityTests_NeedANameAChangeWithinBounds_AndDifferentNames()
    {
        Assert.Empty(
            AppraisalRules.ValidateSensitivityTests([
                new SensitivityTest { Name = "Costs 10% higher", CostChange = 0.1m },
            ])
        );
        var errors = AppraisalRules.ValidateSensitivityTests([
            new SensitivityTest { Name = "", CostChange = 0.1m },
            new SensitivityTest { Name = "Nothing" },
            new SensitivityTest { Name = "Too much", BenefitChange = 11m },
            new SensitivityTest { Name = "nothing", CostChange = 0.2m },
        ]);
        Assert.Equal(
            [
                "SensitivityTests[0].Name",
                "SensitivityTests[1].CostChange",
                "SensitivityTests[2].BenefitChange",
                "SensitivityTests",
            ],
            errors.Select(e => e.Field)
        );
        Assert.Single(
            AppraisalRules.ValidateSensitivityTests(
                Enumerable
                    .Range(0, AppraisalRules.MaxSensitivityTests + 1)
                    .Select(i => new SensitivityTest { Name = $"Test {i}", CostChange = 0.01m * (i + 1) })
                    .ToList()
            )
        );
    }
}
