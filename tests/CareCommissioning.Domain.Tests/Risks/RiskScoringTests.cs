using CareCommissioning.Domain.Risks;
using FsCheck.Xunit;

namespace CareCommissioning.Domain.Tests.Risks;

public sealed class RiskScoringTests
{
    // METHODS §8.3: NPSA grading 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme.
    [Theory]
    [InlineData(1, 1, 1, RiskBand.Low)]
    [InlineData(1, 3, 3, RiskBand.Low)]
    [InlineData(2, 2, 4, RiskBand.Moderate)]
    [InlineData(2, 3, 6, RiskBand.Moderate)]
    [InlineData(2, 4, 8, RiskBand.High)]
    [InlineData(3, 4, 12, RiskBand.High)]
    [InlineData(3, 5, 15, RiskBand.Extreme)]
    [InlineData(5, 5, 25, RiskBand.Extreme)]
    public void Score_WorkedExamples_GiveScoreAndBand(int likelihood, int impact, int score, RiskBand band)
    {
        Assert.Equal(score, RiskScoring.Score(likelihood, impact));
        Assert.Equal(band, RiskScoring.Band(score));
    }

    [Fact]
    public void Score_AllPossibleScores_AreTheFourteenOfTheMatrix()
    {
        var scores = (from l in Enumerable.Range(1, 5) from i in Enumerable.Range(1, 5) select RiskScoring.Score(l, i))
            .Distinct()
            .Order();
        Assert.Equal([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25], scores);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, 0)]
    [InlineData(3, -1)]
    public void Score_OutOfRange_Throws(int likelihood, int impact) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScoring.Score(likelihood, impact));

    [Property]
    public bool Band_NeverFallsAsScoreRises(byte a, byte b)
    {
        var x = a % 25 + 1;
        var y = b % 25 + 1;
        return x > y ? RiskScoring.Band(x) >= RiskScoring.Band(y) : RiskScoring.Band(x) <= RiskScoring.Band(y);
    }
}
