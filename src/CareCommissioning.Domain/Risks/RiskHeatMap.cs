namespace CareCommissioning.Domain.Risks;

/// <summary>The 5×5 grid of risk counts by likelihood and impact, inherent or after mitigation.</summary>
public sealed class RiskHeatMap
{
    private readonly int[,] _counts = new int[RiskScoring.Max, RiskScoring.Max];

    public int Count(int likelihood, int impact) => _counts[likelihood - 1, impact - 1];

    public int Total { get; private set; }

    /// <summary>Risks with no residual rating are left out of the residual view (and counted here).</summary>
    public int NotRated { get; private set; }

    public static RiskHeatMap Build(IEnumerable<(int Likelihood, int Impact)> inherent) =>
        Build(inherent.Select(p => ((int?)p.Likelihood, (int?)p.Impact)));

    public static RiskHeatMap Build(IEnumerable<(int? Likelihood, int? Impact)> ratings)
    {
        var map = new RiskHeatMap();
        foreach (var (l, i) in ratings)
        {
            if (l is not { } likelihood || i is not { } impact)
            {
                map.NotRated++;
                continue;
            }
            map._counts[likelihood - 1, impact - 1]++;
            map.Total++;
        }
        return map;
    }

    public IReadOnlyDictionary<RiskBand, int> CountsByBand()
    {
        var result = Enum.GetValues<RiskBand>().ToDictionary(b => b, _ => 0);
        for (var l = 1; l <= RiskScoring.Max; l++)
        for (var i = 1; i <= RiskScoring.Max; i++)
            result[RiskScoring.Band(l * i)] += Count(l, i);
        return result;
    }

    /// <summary>A sentence that says what the map shows, for its text alternative.</summary>
    public string Summary()
    {
        if (Total == 0)
            return "No risks to show.";
        var bands = CountsByBand();
        return $"{Total} {(Total == 1 ? "risk" : "risks")}: {bands[RiskBand.Extreme]} extreme, {bands[RiskBand.High]} high, {bands[RiskBand.Moderate]} moderate and {bands[RiskBand.Low]} low.";
    }
}
