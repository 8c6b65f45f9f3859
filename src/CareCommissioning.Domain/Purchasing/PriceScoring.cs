namespace CareCommissioning.Domain.Purchasing;

public enum PriceMethod
{
    /// <summary>W × lowest price ÷ price.</summary>
    Lowest = 1,

    /// <summary>50 at the mean, ±1 per 1% from it, kept within 0–100, × W ÷ 100.</summary>
    Mean = 2,

    /// <summary>W × (max − price) ÷ (max − optimal), kept within 0–W.</summary>
    Absolute = 3,
}

/// <summary>
/// The price-scoring formulas of METHODS §3.3, in decimal at full precision; <c>weight</c> is W, the price weight. Each
/// returns the points for every price in order. Prices must be more than 0.
/// </summary>
public static class PriceScoring
{
    /// <summary>Relative to the lowest: P_i = W × P_lowest ÷ P_i.</summary>
    public static IReadOnlyList<decimal> Lowest(decimal weight, IReadOnlyList<decimal> prices)
    {
        Check(prices);
        var lowest = prices.Min();
        return prices.Select(p => weight * lowest / p).ToList();
    }

    /// <summary>
    /// Relative to the mean: s_i = 50 − 100 × (P_i − mean) ÷ mean, floored at 0, then × W ÷ 100. Computed as
    /// 50 − 100 × (n·P_i − ΣP) ÷ ΣP so the mean's repeating decimals do not enter. Also capped at 100 (a price more
    /// than 50% below the mean), so price points never exceed W and totals stay within 0–100.
    /// </summary>
    public static IReadOnlyList<decimal> Mean(decimal weight, IReadOnlyList<decimal> prices)
    {
        Check(prices);
        var sum = prices.Sum();
        var n = prices.Count;
        return prices.Select(p => Math.Clamp(50m - 100m * (n * p - sum) / sum, 0m, 100m) * weight / 100m).ToList();
    }

    /// <summary>Against fixed reference prices: W × (max − P_i) ÷ (max − optimal), clipped to [0, W]. Needs max &gt;
    /// optimal.</summary>
    public static IReadOnlyList<decimal> Absolute(
        decimal weight,
        IReadOnlyList<decimal> prices,
        decimal max,
        decimal optimal
    )
    {
        Check(prices);
        if (max <= optimal)
            throw new ArgumentException("The maximum price must be more than the optimal price.", nameof(max));
        return prices.Select(p => Math.Clamp(weight * (max - p) / (max - optimal), 0m, weight)).ToList();
    }

    public static IReadOnlyList<decimal> Score(
        PriceMethod method,
        decimal weight,
        IReadOnlyList<decimal> prices,
        decimal? max = null,
        decimal? optimal = null
    ) =>
        method switch
        {
            PriceMethod.Lowest => Lowest(weight, prices),
            PriceMethod.Mean => Mean(weight, prices),
            PriceMethod.Absolute => Absolute(
                weight,
                prices,
                max ?? throw new ArgumentException("The absolute method needs a maximum price.", nameof(max)),
                optimal ?? throw new ArgumentException("The absolute method needs an optimal price.", nameof(optimal))
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown price method."),
        };

    private static void Check(IReadOnlyList<decimal> prices)
    {
        if (prices.Count == 0)
            throw new ArgumentException("Score at least one price.", nameof(prices));
        if (prices.Any(p => p <= 0))
            throw new ArgumentException("Every price must be more than 0.", nameof(prices));
    }
}
