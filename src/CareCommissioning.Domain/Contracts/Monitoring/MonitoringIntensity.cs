using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>How many proactive monitoring visits a contract gets in a year, and what set that.</summary>
public sealed record MonitoringPlan(int VisitsPerYear, IReadOnlyList<string> Reasons)
{
    public string Frequency =>
        VisitsPerYear switch
        {
            4 => "Quarterly",
            2 => "Twice a year",
            _ => "Yearly",
        };
}

/// <summary>
/// Sizes proactive contract monitoring to risk, so that effort goes where failure is likeliest or would cost most
/// (CD-P18). The highest of the rules that apply wins:
/// <list type="bullet">
/// <item>quarterly (4 visits): a risk scored extreme (15 or more), or a CQC rating of inadequate;</item>
/// <item>twice a year (2): a risk scored high (8 to 12); CQC requires improvement or not yet rated (no track record);
/// no risks recorded at all (unknown is not low); or a contract worth over £5m, the size at which a contract
/// performance notice is needed (METHODS §4.3);</item>
/// <item>yearly (1): otherwise: every risk moderate or low, rated good or outstanding or not CQC-registered, and £5m
/// or less.</item>
/// </list>
/// Reactive visits after a complaint or safeguarding alert come on top.
/// </summary>
public static class MonitoringIntensity
{
    public const decimal HighValueOver = 5_000_000m;

    /// <param name="contractValue">The contract's total value in pounds.</param>
    /// <param name="highestRiskScore">The highest residual score among the contract's open risks (inherent where a
    /// risk has no residual rating); none when no risks are recorded.</param>
    /// <param name="cqcRating">The provider's latest overall CQC rating; none for a service CQC does not
    /// regulate.</param>
    public static MonitoringPlan For(decimal contractValue, int? highestRiskScore, CqcRating? cqcRating)
    {
        if (contractValue < 0)
            throw new ArgumentOutOfRangeException(nameof(contractValue), contractValue, "A value is £0 or more.");
        if (highestRiskScore is { } given && !RiskAppetite.PossibleScores.Contains(given))
            throw new ArgumentOutOfRangeException(nameof(highestRiskScore), given, "Not a score of the 5×5 matrix.");
        var band = highestRiskScore is { } s ? RiskScoring.Band(s) : (RiskBand?)null;
        var quarterly = new List<string>();
        var twice = new List<string>();
        if (band == RiskBand.Extreme)
            quarterly.Add($"a risk scored {highestRiskScore}: extreme");
        if (cqcRating == CqcRating.Inadequate)
            quarterly.Add("CQC rating inadequate");
        if (band == RiskBand.High)
            twice.Add($"a risk scored {highestRiskScore}: high");
        if (band is null)
            twice.Add("no risks recorded");
        if (cqcRating is CqcRating.RequiresImprovement or CqcRating.NotYetRated)
            twice.Add($"CQC rating {CqcRatingNames.Display(cqcRating.Value).ToLowerInvariant()}");
        if (contractValue > HighValueOver)
            twice.Add($"worth {MoneyText.InText(contractValue)}, over {MoneyText.InText(HighValueOver)}");
        if (quarterly.Count > 0)
            return new(4, quarterly);
        if (twice.Count > 0)
            return new(2, twice);
        return new(1, ["low or moderate risk, good quality record and value"]);
    }
}
