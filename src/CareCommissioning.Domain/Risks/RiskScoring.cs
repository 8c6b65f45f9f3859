namespace CareCommissioning.Domain.Risks;

/// <summary>5×5 likelihood × impact scoring (METHODS §8.3).</summary>
public static class RiskScoring
{
    public const int Min = 1;
    public const int Max = 5;

    public static readonly IReadOnlyList<string> LikelihoodLabels =
    [
        "Rare",
        "Unlikely",
        "Possible",
        "Likely",
        "Almost certain",
    ];
    public static readonly IReadOnlyList<string> ImpactLabels =
    [
        "Negligible",
        "Minor",
        "Moderate",
        "Major",
        "Catastrophic",
    ];

    public static bool IsValidRating(int value) => value is >= Min and <= Max;

    public static int Score(int likelihood, int impact)
    {
        if (!IsValidRating(likelihood))
            throw new ArgumentOutOfRangeException(nameof(likelihood), likelihood, "Likelihood must be 1 to 5.");
        if (!IsValidRating(impact))
            throw new ArgumentOutOfRangeException(nameof(impact), impact, "Impact must be 1 to 5.");
        return likelihood * impact;
    }

    public static RiskBand Band(int score) =>
        score switch
        {
            < 1 or > 25 => throw new ArgumentOutOfRangeException(nameof(score), score, "A 5×5 score is 1 to 25."),
            <= 3 => RiskBand.Low,
            <= 6 => RiskBand.Moderate,
            <= 12 => RiskBand.High,
            _ => RiskBand.Extreme,
        };

    public static string LikelihoodLabel(int likelihood) => LikelihoodLabels[likelihood - 1];

    public static string ImpactLabel(int impact) => ImpactLabels[impact - 1];
}
