using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>
/// The risk share of a pooled budget's variance (METHODS §6.2), with worked example C of §9 exactly: a pool of £10m,
/// the council £6m and the ICB £4m. A share is positive when the partner pays towards an overspend and negative when it
/// gets part of an underspend back.
/// </summary>
public sealed class RiskShareCalculatorTests
{
    private static readonly RiskShareContribution[] ExampleC = [new("Council", 6_000_000m), new("ICB", 4_000_000m)];

    private static RiskShareResult Calculate(
        RiskShareRule rule,
        decimal? outturn,
        IReadOnlyList<RiskShareContribution>? contributions = null,
        IReadOnlyList<RiskShareScheme>? schemes = null
    ) => RiskShareCalculator.Calculate(new RiskShareRequest(rule, contributions ?? ExampleC, outturn, schemes));

    private static IReadOnlyList<FieldError> Validate(
        RiskShareRule rule,
        decimal? outturn,
        IReadOnlyList<RiskShareContribution>? contributions = null,
        IReadOnlyList<RiskShareScheme>? schemes = null
    ) => RiskShareCalculator.Validate(new RiskShareRequest(rule, contributions ?? ExampleC, outturn, schemes));

    [Fact]
    [Trait("Criterion", "PB-P2")]
    [Trait("Criterion", "PB-P6")]
    public void WorkedExampleC_Proportional_Council300kIcb200k()
    {
        var r = Calculate(RiskShareRule.Proportional(), 10_500_000m);
        Assert.Equal(10_000_000m, r.Pool);
        Assert.Equal(10_500_000m, r.Outturn);
        Assert.Equal(500_000m, r.Variance);
        Assert.Equal(PoolVarianceDirection.Overspend, r.Direction);
        Assert.Equal(["Council", "ICB"], r.Shares.Select(s => s.Partner));
        Assert.Equal([300_000m, 200_000m], r.Shares.Select(s => s.Share));
        Assert.Equal(0m, r.CarriedForward);
        Assert.Equal("60% of the £500,000 overspend (£6,000,000 of £10,000,000 contributed).", r.Shares[0].Working);
        Assert.Equal("40% of the £500,000 overspend (£4,000,000 of £10,000,000 contributed).", r.Shares[1].Working);
        Assert.StartsWith(PennyRounding.Rule, r.Rounding);
        Assert.EndsWith("Here every exact share was already in whole pence.", r.Rounding);
    }

    [Fact]
    [Trait("Criterion", "PB-P2")]
    [Trait("Criterion", "PB-P6")]
    public void WorkedExampleC_CappedAt3PercentThenHost_Council380kIcb120k()
    {
        var r = Calculate(RiskShareRule.Capped(3m, "Council"), 10_500_000m);
        Assert.Equal(500_000m, r.Variance);
        Assert.Equal([380_000m, 120_000m], r.Shares.Select(s => s.Share));
        Assert.Equal(
            "60% of the £300,000 shared up to the 3% cap (£6,000,000 of £10,000,000 contributed), plus the £200,000 "
                + "above the cap.",
            r.Shares[0].Working
        );
        Assert.Equal(
            "40% of the £300,000 shared up to the 3% cap (£4,000,000 of £10,000,000 contributed).",
            r.Shares[1].Working
        );
    }

    [Theory]
    [Trait("Criterion", "PB-P2")]
    [Trait("Criterion", "PB-P6")]
    [InlineData(RiskShareMethod.Proportional)]
    [InlineData(RiskShareMethod.Capped)]
    public void WorkedExampleC_UnderspendReturnedProRata_Council120kIcb80k(RiskShareMethod method)
    {
        var rule =
            method == RiskShareMethod.Capped ? RiskShareRule.Capped(3m, "Council") : RiskShareRule.Proportional();
        var r = Calculate(rule, 9_800_000m);
        Assert.Equal(-200_000m, r.Variance);
        Assert.Equal(PoolVarianceDirection.Underspend, r.Direction);
        // Returned: the council gets £120,000 back and the ICB £80,000 (the cap limits overspends only).
        Assert.Equal([-120_000m, -80_000m], r.Shares.Select(s => s.Share));
        Assert.Equal(0m, r.CarriedForward);
        Assert.Equal(
            "60% of the £200,000 underspend returned (£6,000,000 of £10,000,000 contributed).",
            r.Shares[0].Working
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P6")]
    public void Underspend_CarriedForward_GivesNoShares_AndCarriesTheWholeUnderspend()
    {
        var r = Calculate(RiskShareRule.Proportional(UnderspendTreatment.CarryForward), 9_800_000m);
        Assert.Equal(-200_000m, r.Variance);
        Assert.Equal([0m, 0m], r.Shares.Select(s => s.Share));
        Assert.Equal(200_000m, r.CarriedForward);
        Assert.All(r.Shares, s =>
            Assert.Equal("Nothing returned: the £200,000 underspend is carried forward in the pool.", s.Working)
        );
    }

    [Fact]
    public void Overspend_UnderACarryForwardRule_IsStillShared()
    {
        var r = Calculate(RiskShareRule.Proportional(UnderspendTreatment.CarryForward), 10_500_000m);
        Assert.Equal([300_000m, 200_000m], r.Shares.Select(s => s.Share));
        Assert.Equal(0m, r.CarriedForward);
    }

    [Fact]
    public void OnBudget_NothingToShare()
    {
        var r = Calculate(RiskShareRule.Capped(3m, "Council"), 10_000_000m);
        Assert.Equal(0m, r.Variance);
        Assert.Equal(PoolVarianceDirection.OnBudget, r.Direction);
        Assert.Equal([0m, 0m], r.Shares.Select(s => s.Share));
        Assert.Equal("The pool is on budget: there is nothing to share.", r.Shares[0].Working);
    }

    [Fact]
    public void Capped_OverspendWithinTheCap_IsSharedProRata()
    {
        var r = Calculate(RiskShareRule.Capped(10m, "Council"), 10_500_000m);
        Assert.Equal([300_000m, 200_000m], r.Shares.Select(s => s.Share));
        Assert.Equal(
            "40% of the £500,000 overspend (£4,000,000 of £10,000,000 contributed); the overspend is within the 10% "
                + "cap (£1,000,000).",
            r.Shares[1].Working
        );
    }

    [Fact]
    public void Capped_FractionalCapAndZeroCap()
    {
        // 2.5% of £10m is £250,000: £150,000 and £100,000 pro rata, and the ICB as host takes the other £250,000.
        var r = Calculate(RiskShareRule.Capped(2.5m, "ICB"), 10_500_000m);
        Assert.Equal([150_000m, 350_000m], r.Shares.Select(s => s.Share));
        var none = Calculate(RiskShareRule.Capped(0m, "ICB"), 10_500_000m);
        Assert.Equal([0m, 500_000m], none.Shares.Select(s => s.Share));
    }

    [Fact]
    [Trait("Criterion", "PB-P6")]
    public void OwnSchemes_EachPartnerBearsTheVarianceOfTheSchemesItLeads()
    {
        RiskShareScheme[] schemes =
        [
            new("Reablement", "Council", 4_000_000m, 4_400_000m),
            new("Home care", "ICB", 4_000_000m, 3_900_000m),
            new("Care homes", "council", 2_000_000m, 2_200_000m),
        ];
        var r = Calculate(RiskShareRule.OwnSchemes(), null, schemes: schemes);
        Assert.Equal(10_500_000m, r.Outturn);
        Assert.Equal(500_000m, r.Variance);
        Assert.Equal([600_000m, -100_000m], r.Shares.Select(s => s.Share));
        Assert.Equal(
            "Bears the variance of the schemes it leads: Reablement £400,000 overspent; Care homes £200,000 overspent.",
            r.Shares[0].Working
        );
        Assert.Equal("Bears the variance of the schemes it leads: Home care £100,000 underspent.", r.Shares[1].Working);
        Assert.Contains("nothing is rounded", r.Rounding);
        // The outturn may be given too, when it is the schemes' total spend.
        var given = Calculate(RiskShareRule.OwnSchemes(), 10_500_000m, schemes: schemes);
        Assert.Equal(r.Shares, given.Shares);
        Assert.Equal(r with { Shares = given.Shares }, given);
    }

    [Fact]
    public void OwnSchemes_PoolUnderspentAndCarriedForward_GivesNoShares()
    {
        RiskShareScheme[] schemes =
        [
            new("A", "Council", 6_000_000m, 6_100_000m),
            new("B", "ICB", 4_000_000m, 3_700_000m),
        ];
        var returned = Calculate(RiskShareRule.OwnSchemes(), null, schemes: schemes);
        Assert.Equal([100_000m, -300_000m], returned.Shares.Select(s => s.Share));
        var carried = Calculate(RiskShareRule.OwnSchemes(UnderspendTreatment.CarryForward), null, schemes: schemes);
        Assert.Equal([0m, 0m], carried.Shares.Select(s => s.Share));
        Assert.Equal(200_000m, carried.CarriedForward);
    }

    [Fact]
    public void OwnSchemes_APartnerLeadingNoScheme_BearsNothing()
    {
        var r = Calculate(
            RiskShareRule.OwnSchemes(),
            null,
            schemes: [new("All", "Council", 10_000_000m, 10_250_000.50m)]
        );
        Assert.Equal([250_000.50m, 0m], r.Shares.Select(s => s.Share));
        Assert.Equal("Leads no scheme, so bears none of the variance.", r.Shares[1].Working);
    }

    [Fact]
    public void Rounding_HundredPoundsThreeWaysEqually_TheLeftoverPennyGoesToTheFirstListed()
    {
        RiskShareContribution[] three = [new("A", 1_000m), new("B", 1_000m), new("C", 1_000m)];
        var r = Calculate(RiskShareRule.Proportional(), 3_100m, three);
        Assert.Equal([33.34m, 33.33m, 33.33m], r.Shares.Select(s => s.Share));
        Assert.EndsWith("Here the 1p left over went to A.", r.Rounding);
        Assert.Equal("33.33% of the £100 overspend (£1,000 of £3,000 contributed).", r.Shares[0].Working);
        var back = Calculate(RiskShareRule.Proportional(), 2_900m, three);
        Assert.Equal([-33.34m, -33.33m, -33.33m], back.Shares.Select(s => s.Share));
    }

    [Fact]
    public void Rounding_LargestRemaindersGetTheLeftoverPence()
    {
        // £1 over, contributions 1:2:4 → exact shares 14.2857p, 28.5714p, 57.1428p: cut to 14, 28, 57 (99p); the 1p
        // left goes to the largest fraction cut off (B's 0.5714p).
        RiskShareContribution[] parts = [new("A", 1m), new("B", 2m), new("C", 4m)];
        var r = Calculate(RiskShareRule.Proportional(), 8m, parts);
        Assert.Equal([0.14m, 0.29m, 0.57m], r.Shares.Select(s => s.Share));
    }

    [Fact]
    public void Rounding_EqualFractions_GoToTheLargerContributionBeforeTheFirstListed()
    {
        // 2p over, A £1 and B £3: exact shares 0.5p and 1.5p, equal fractions; B contributed more, so B gets the penny.
        var r = Calculate(RiskShareRule.Proportional(), 4.02m, [new("A", 1m), new("B", 3m)]);
        Assert.Equal([0m, 0.02m], r.Shares.Select(s => s.Share));
        Assert.EndsWith("Here the 1p left over went to B.", r.Rounding);
    }

    [Fact]
    public void Rounding_SeveralLeftoverPence_AreNamedInOrder()
    {
        RiskShareContribution[] seven = [.. Enumerable.Range(1, 7).Select(i => new RiskShareContribution($"P{i}", 1m))];
        var r = Calculate(RiskShareRule.Proportional(), 7.10m, seven);
        // 10p seven ways: 1p each and 3p left over, to the first three listed.
        Assert.Equal([0.02m, 0.02m, 0.02m, 0.01m, 0.01m, 0.01m, 0.01m], r.Shares.Select(s => s.Share));
        Assert.EndsWith("Here the 3p left over went one each to P1, P2 and P3.", r.Rounding);
    }

    [Fact]
    public void ZeroContribution_NeverPays_UnderProportionalOrCapped()
    {
        RiskShareContribution[] parts = [new("Council", 6_000_000m), new("Observer", 0m), new("ICB", 4_000_000m)];
        var proportional = Calculate(RiskShareRule.Proportional(), 10_500_000.01m, parts);
        Assert.Equal(0m, proportional.Shares[1].Share);
        Assert.Equal(500_000.01m, proportional.Shares.Sum(s => s.Share));
        Assert.Equal(
            "Contributed nothing, so bears none of the £500,000.01 overspend.",
            proportional.Shares[1].Working
        );
        var capped = Calculate(RiskShareRule.Capped(3m, "ICB"), 10_500_000m, parts);
        Assert.Equal([180_000m, 0m, 320_000m], capped.Shares.Select(s => s.Share));
    }

    [Fact]
    public void PennyRounding_RefusesSharesThatAreNotAWholeNumberOfPence()
    {
        Assert.Throws<ArgumentException>(() => PennyRounding.LargestRemainder([1, 1], 3, [1m, 1m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PennyRounding.LargestRemainder([-1, 4], 3, [1m, 1m]));
        Assert.Throws<ArgumentException>(() =>
            RiskShareCalculator.Calculate(new(RiskShareRule.Proportional(), [], 1m))
        );
    }

    [Fact]
    public void Validate_ExampleC_HasNoErrors()
    {
        Assert.Empty(Validate(RiskShareRule.Proportional(), 10_500_000m));
        Assert.Empty(Validate(RiskShareRule.Capped(3m, " council "), 10_500_000m));
    }

    public static TheoryData<RiskShareRequest, string, string> BadRequests =>
        new()
        {
            {
                new(RiskShareRule.Proportional(), [], 1m),
                "Contributions",
                "Give each partner's contribution to the pool"
            },
            {
                new(RiskShareRule.Proportional(), [new("A", 1m), new(" a ", 2m)], 1m),
                "Contributions[1].Partner",
                "a is already a partner: give each partner's contribution once"
            },
            {
                new(RiskShareRule.Proportional(), [new("A", 1m), new("", 2m)], 1m),
                "Contributions[1].Partner",
                "Enter the partner's name"
            },
            {
                new(RiskShareRule.Proportional(), [new("A", 1m), new("B", -2m)], 1m),
                "Contributions[1].Amount",
                "A contribution must be £0 or more"
            },
            {
                new(RiskShareRule.Proportional(), [new("A", 1.005m)], 1m),
                "Contributions[0].Amount",
                "A contribution must be in pounds and pence: at most 2 decimal places"
            },
            {
                new(RiskShareRule.Proportional(), [new("A", 1_000_000_000_000.01m)], 1m),
                "Contributions[0].Amount",
                "A contribution must be £1,000,000,000,000 or less"
            },
            {
                new(RiskShareRule.Proportional(), [new("A", 0m), new("B", 0m)], 1m),
                "Contributions",
                "At least one partner must contribute more than £0: the shares are worked out from the contributions"
            },
            {
                new(RiskShareRule.Proportional(), ExampleC, null),
                "Outturn",
                "Enter the outturn: what the pool spent in the year"
            },
            {
                new(RiskShareRule.Capped(3m, "Council"), ExampleC, 10.001m),
                "Outturn",
                "The outturn must be in pounds and pence: at most 2 decimal places"
            },
            { new(RiskShareRule.Proportional(), ExampleC, -1m), "Outturn", "The outturn must be £0 or more" },
            {
                new(RiskShareRule.Capped(-1m, "Council"), ExampleC, 1m),
                "CapPercent",
                "The cap must be from 0% to 100% of the pool"
            },
            {
                new(RiskShareRule.Capped(100.5m, "Council"), ExampleC, 1m),
                "CapPercent",
                "The cap must be from 0% to 100% of the pool"
            },
            {
                new(new RiskShareRule(RiskShareMethod.Capped, CapExcessTo: "Council"), ExampleC, 1m),
                "CapPercent",
                "Enter the cap: the percentage of the pool shared pro rata, from 0 to 100"
            },
            {
                new(new RiskShareRule(RiskShareMethod.Capped, CapPercent: 3m), ExampleC, 1m),
                "CapExcessTo",
                "Name the partner that takes the overspend above the cap, usually the host"
            },
            {
                new(RiskShareRule.Capped(3m, "NHS England"), ExampleC, 1m),
                "CapExcessTo",
                "NHS England is not one of the partners: name a partner that contributes to the pool"
            },
            {
                new(RiskShareRule.Capped(3m, "Host"), [new("A", 1m), new("a", 2m)], 1m),
                "CapExcessTo",
                "Host is not one of the partners: name a partner that contributes to the pool"
            },
            {
                new(RiskShareRule.Capped(3m, "Observer"), [.. ExampleC, new("Observer", 0m)], 1m),
                "CapExcessTo",
                "Observer contributes nothing to the pool, so cannot take the overspend above the cap: name a partner "
                    + "that contributes"
            },
            {
                new(new RiskShareRule(RiskShareMethod.Proportional, CapPercent: 3m), ExampleC, 1m),
                "CapPercent",
                "Only the capped rule has a cap: leave the cap out, or choose capped"
            },
            {
                new(new RiskShareRule(RiskShareMethod.Proportional, CapExcessTo: "Council"), ExampleC, 1m),
                "CapExcessTo",
                "Only the capped rule has a partner taking the overspend above a cap: leave it out, or choose capped"
            },
            {
                new(RiskShareRule.Proportional(), ExampleC, 1m, [new("S", "Council", 1m, 1m)]),
                "Schemes",
                "Only the own schemes rule uses schemes: leave them out, or choose own schemes"
            },
            {
                new(RiskShareRule.OwnSchemes(), ExampleC, null),
                "Schemes",
                "Give the schemes the pool pays for, each with its lead partner, budget and spend"
            },
            {
                new(RiskShareRule.OwnSchemes(), ExampleC, null, [new("S", "NHS England", 10_000_000m, 1m)]),
                "Schemes[0].LeadPartner",
                "NHS England is not one of the partners: a scheme must be led by a partner that contributes to the pool"
            },
            {
                new(RiskShareRule.OwnSchemes(), ExampleC, null, [new("S", " ", 10_000_000m, 1m)]),
                "Schemes[0].LeadPartner",
                "Name the partner that leads the scheme"
            },
            {
                new(
                    RiskShareRule.OwnSchemes(),
                    ExampleC,
                    null,
                    [new("S", "ICB", 5_000_000m, 1m), new("s", "Council", 5_000_000m, 1m)]
                ),
                "Schemes[1].Name",
                "There is already a scheme called s"
            },
            {
                new(RiskShareRule.OwnSchemes(), ExampleC, null, [new("S", "ICB", 10_000_000m, -1m)]),
                "Schemes[0].Spend",
                "A scheme's spend must be £0 or more"
            },
            {
                new(RiskShareRule.OwnSchemes(), ExampleC, null, [new("S", "ICB", 9_999_999.999m, 1m)]),
                "Schemes[0].Budget",
                "A scheme's budget must be in pounds and pence: at most 2 decimal places"
            },
            {
                new(RiskShareRule.OwnSchemes(), ExampleC, null, [new("S", "ICB", 9_000_000m, 1m)]),
                "Schemes",
                "The schemes' budgets must add up to the pool, £10,000,000; they add up to £9,000,000"
            },
            {
                new(RiskShareRule.OwnSchemes(), ExampleC, 10_000_000m, [new("S", "ICB", 10_000_000m, 10_000_001m)]),
                "Outturn",
                "Under the own schemes rule the outturn is the schemes' total spend, £10,000,001: leave it out or give "
                    + "that figure"
            },
            {
                new(new RiskShareRule((RiskShareMethod)9), ExampleC, 1m),
                "Rule",
                "Choose how the variance is shared: proportional, own schemes or capped"
            },
            {
                new(new RiskShareRule(RiskShareMethod.Proportional, (UnderspendTreatment)9), ExampleC, 1m),
                "Underspend",
                "Choose what happens to an underspend: returned to the partners or carried forward"
            },
        };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Validate_NamesTheFieldAndSaysWhatIsWrong(RiskShareRequest request, string field, string message)
    {
        var errors = RiskShareCalculator.Validate(request);
        Assert.Contains(new FieldError(field, message), errors);
        Assert.Throws<ArgumentException>(() => RiskShareCalculator.Calculate(request));
    }

    [Fact]
    public void Validate_TooManyPartnersOrSchemes_IsRefused()
    {
        var many = Enumerable
            .Range(0, RiskShareCalculator.MaxPartners + 1)
            .Select(i => new RiskShareContribution($"P{i}", 1m));
        Assert.Contains(Validate(RiskShareRule.Proportional(), 1m, [.. many]), e =>
            e is { Field: "Contributions", Message: "Give 50 partners or fewer" }
        );
        var schemes = Enumerable
            .Range(0, RiskShareCalculator.MaxSchemes + 1)
            .Select(i => new RiskShareScheme($"S{i}", "ICB", 1m, 1m));
        Assert.Contains(Validate(RiskShareRule.OwnSchemes(), null, schemes: [.. schemes]), e =>
            e is { Field: "Schemes", Message: "Give 200 schemes or fewer" }
        );
    }
}
