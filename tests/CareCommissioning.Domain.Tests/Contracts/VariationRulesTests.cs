using CareCommissioning.Domain.Contracts;
using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>
/// A variation that takes a contract over the threshold of its award route needs a written justification (METHODS
/// §4.1, light-touch threshold £663,540 including VAT); approval keeps the value before and after.
/// </summary>
public sealed class VariationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static Contract Care(decimal value, AwardRoute route = AwardRoute.LightTouchCompetitive) =>
        new()
        {
            Reference = "ASC-1",
            Title = "Home care",
            CpvCode = "85311200-4",
            AwardRoute = route,
            Value = value,
            Status = ContractStatus.Active,
            StartDate = new DateOnly(2026, 4, 1),
            EndDate = new DateOnly(2029, 3, 31),
        };

    private static ContractThreshold Threshold(Contract c) =>
        ContractThreshold.For(c.CpvCode, c.StartDate, AuthorityType.SubCentral);

    [Fact]
    public void SocialCare_HasTheLightTouchThreshold_OtherServicesTheGoodsAndServicesOne()
    {
        Assert.Equal(
            663_540m,
            ContractThreshold.For("85311200-4", new DateOnly(2026, 4, 1), AuthorityType.SubCentral).Amount
        );
        Assert.Equal(
            207_720m,
            ContractThreshold.For("33196200-2", new DateOnly(2026, 4, 1), AuthorityType.SubCentral).Amount
        );
        Assert.Equal(
            214_904m,
            ContractThreshold.For("33196200-2", new DateOnly(2025, 4, 1), AuthorityType.SubCentral).Amount
        );
    }

    [Fact]
    public void CrossingTheThreshold_WithoutAJustification_IsRefused_NamingIt()
    {
        var c = Care(600_000m);

        var errors = VariationRules.Validate(new("More hours", 63_540m, null, null), c, Threshold(c));

        var e = Assert.Single(errors);
        Assert.Equal("Justification", e.Field);
        Assert.Equal(
            "This variation takes the contract to £663,540, reaching the light-touch threshold of £663,540: explain why the change is justified",
            e.Message
        );
    }

    [Fact]
    public void StayingBelow_OrGivingAJustification_IsAccepted()
    {
        var c = Care(600_000m);
        Assert.Empty(VariationRules.Validate(new("More hours", 63_539.99m, null, null), c, Threshold(c)));
        Assert.Empty(VariationRules.Validate(new("More hours", 100_000m, null, "Unforeseeable"), c, Threshold(c)));
    }

    [Fact]
    public void AnIncreaseToABelowThresholdContractAlreadyOver_NeedsAJustification_AReductionDoesNot()
    {
        var c = Care(700_000m, AwardRoute.BelowThreshold);
        Assert.Equal(
            ["Justification"],
            VariationRules.Validate(new("More", 1m, null, null), c, Threshold(c)).Select(e => e.Field)
        );
        Assert.Empty(VariationRules.Validate(new("Less", -1m, null, null), c, Threshold(c)));
    }

    [Fact]
    public void Approval_AppliesTheChange_AndKeepsTheValueHistory()
    {
        var c = Care(600_000m);
        var v = VariationRules.Propose(
            new("More hours", 50_000m, new DateOnly(2029, 9, 30), null),
            c,
            "u1",
            "Priya",
            Now
        );

        Assert.Empty(VariationRules.Approve(v, c, Threshold(c), "u2", "Margaret", null, Now));

        Assert.Equal((600_000m, 650_000m), (v.ValueBefore, v.ValueAfter));
        Assert.Equal(650_000m, c.Value);
        Assert.Equal(new DateOnly(2029, 9, 30), c.EndDate);
        Assert.Equal(VariationStatus.Approved, v.Status);
        Assert.NotEmpty(VariationRules.Approve(v, c, Threshold(c), "u2", "Margaret", null, Now));
        Assert.Equal(650_000m, c.Value);
    }

    [Fact]
    public void Approval_IsRefused_WhenTheContractHasSinceMovedSoTheChangeCrossesTheThreshold()
    {
        var c = Care(600_000m);
        var v = VariationRules.Propose(new("More hours", 50_000m, null, null), c, "u1", "Priya", Now);
        c.Value = 640_000m;

        var errors = VariationRules.Approve(v, c, Threshold(c), "u2", "Margaret", null, Now);

        Assert.Contains("over the light-touch threshold of £663,540", Assert.Single(errors).Message);
        Assert.Equal(640_000m, c.Value);
        Assert.Equal(VariationStatus.Proposed, v.Status);
    }

    [Fact]
    public void Refusal_NeedsANote()
    {
        var c = Care(600_000m);
        var v = VariationRules.Propose(new("More hours", 5m, null, null), c, "u1", "Priya", Now);
        Assert.Equal(["DecisionNote"], VariationRules.Refuse(v, c, "u2", "M", " ", Now).Select(e => e.Field));
        Assert.Empty(VariationRules.Refuse(v, c, "u2", "M", "Not affordable", Now));
        Assert.Equal(VariationStatus.Refused, v.Status);
    }
}
