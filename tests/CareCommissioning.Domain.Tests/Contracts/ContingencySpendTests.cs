using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>How much of the contract's contingency is used, and its RAG.</summary>
public sealed class ContingencySpendTests
{
    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData(0, RagStatus.Green)]
    [InlineData(7_499.99, RagStatus.Green)]
    [InlineData(7_500, RagStatus.Amber)] // exactly 75%
    [InlineData(10_000, RagStatus.Amber)] // fully used, not over
    [InlineData(10_000.01, RagStatus.Red)]
    public void TheContingency_TurnsAmberAtThreeQuartersUsedAndRedWhenOverspent(decimal spent, RagStatus rag) =>
        Assert.Equal(rag, ContingencySpend.Of(10_000m, spent).Rag);

    [Fact]
    public void TheContingency_ShowsWhatIsLeftAndTheShareUsed()
    {
        var p = ContingencySpend.Of(30_000m, 10_000m);
        Assert.Equal(20_000m, p.Remaining);
        Assert.Equal(33.33m, decimal.Round(p.PercentUsed!.Value, 2));
        Assert.Equal(-500m, ContingencySpend.Of(10_000m, 10_500m).Remaining);
    }

    [Theory]
    [InlineData(0, RagStatus.Green)]
    [InlineData(0.01, RagStatus.Red)]
    public void ANoughtPoundContingency_IsGreenUntouchedAndRedOnceSpent(decimal spent, RagStatus rag)
    {
        var p = ContingencySpend.Of(0m, spent);
        Assert.Equal(rag, p.Rag);
        Assert.Null(p.PercentUsed);
    }

    [Fact]
    public void NegativeOrFractionalPenceAmounts_AreRefused()
    {
        var errors = ContingencySpend.Validate(-1m, 10.005m);
        Assert.Equal(["Budget", "Spent"], errors.Select(e => e.Field));
        Assert.Equal("Contingency budget must be £0 or more", errors[0].Message);
        Assert.Empty(ContingencySpend.Validate(10_000m, 0m));
    }
}
