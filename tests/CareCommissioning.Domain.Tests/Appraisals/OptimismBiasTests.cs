using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Tests.Appraisals;

public sealed class OptimismBiasTests
{
    [Fact]
    public void Apply_StandardBuildingUpperBound_GivesTheWorkedExample() =>
        Assert.Equal(1_240_000m, OptimismBias.Apply(1_000_000m, 0.24m));

    [Fact]
    public void Apply_OutsourcedOpex_GivesTheWorkedExample() =>
        Assert.Equal(
            141_000m,
            OptimismBias.Apply(100_000m, OptimismBiasCategory.All.Single(c => c.Name == "Outsourcing").CostUpper)
        );

    [Fact]
    public void Blend_ThirtyPercentNonStandard_Gives32Point1Percent() =>
        Assert.Equal(0.321m, OptimismBias.Blend([(0.3m, 0.51m), (0.7m, 0.24m)]));

    [Fact]
    public void Mitigated_NinetyTwoPercent_GivesAboutFourPercent() =>
        Assert.Equal(0.0408m, OptimismBias.Mitigated(0.51m, 0.92m));

    [Fact]
    public void Blend_SharesNotSummingToOne_IsRefused() =>
        Assert.Throws<ArgumentException>(() => OptimismBias.Blend([(0.3m, 0.51m), (0.6m, 0.24m)]));

    [Fact]
    public void Apply_NegativeUplift_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OptimismBias.Apply(1m, -0.1m));
}
