using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Tests.Risks;

public sealed class RiskRulesTests
{
    private static RiskDetails Valid() =>
        new(
            "Provider failure",
            null,
            RiskCategory.People,
            "Priya Shah",
            4,
            4,
            2,
            3,
            "Rural uplift",
            false,
            RiskStatus.Open,
            null
        );

    [Fact]
    public void Validate_ValidRisk_HasNoErrors() => Assert.Empty(RiskRules.Validate(Valid()));

    [Fact]
    public void Validate_ResidualAboveInherent_IsRefused()
    {
        var errors = RiskRules.Validate(
            Valid() with
            {
                Likelihood = 2,
                Impact = 2,
                ResidualLikelihood = 3,
                ResidualImpact = 3,
            }
        );
        Assert.Equal("ResidualLikelihood", Assert.Single(errors).Field);
        Assert.Contains("cannot be higher", errors[0].Message);
    }

    [Fact]
    public void Validate_OnlyOneResidualRating_AsksForTheOther()
    {
        Assert.Equal("ResidualImpact", Assert.Single(RiskRules.Validate(Valid() with { ResidualImpact = null })).Field);
        Assert.Equal(
            "ResidualLikelihood",
            Assert.Single(RiskRules.Validate(Valid() with { ResidualLikelihood = null })).Field
        );
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(null)]
    public void Validate_LikelihoodOutOfRange_IsRefused(int? likelihood) =>
        Assert.Contains(
            RiskRules.Validate(
                Valid() with
                {
                    Likelihood = likelihood,
                    ResidualLikelihood = null,
                    ResidualImpact = null,
                }
            ),
            e => e.Field == "Likelihood"
        );

    [Fact]
    public void Validate_MissingTitleOwnerCategoryStatus_NamesEach()
    {
        var fields = RiskRules
            .Validate(Valid() with { Title = " ", Owner = null, Category = null, Status = null })
            .Select(e => e.Field);
        Assert.Equal(["Title", "Category", "Owner", "Status"], fields);
    }
}
