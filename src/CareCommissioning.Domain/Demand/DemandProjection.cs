namespace CareCommissioning.Domain.Demand;

/// <summary>
/// Demand and financial commitment (METHODS §7). Need = Σ population × prevalence; demand = need × uptake.
/// Commitment_y = volume_y × unit cost_base × ∏_{s ≤ y} (1 + price inflation_s): volume growth (demography) kept apart
/// from price growth (fee uplift). Real terms divide out the general inflation (GDP deflator) index (METHODS §1.3).
/// </summary>
public static class DemandProjection
{
    public static decimal Demand(IEnumerable<AgeBandProjection> bands)
    {
        var total = 0m;
        foreach (var b in bands)
        {
            if (b.Population < 0)
                throw new ArgumentException($"{b.AgeBand}: population cannot be negative.", nameof(bands));
            if (b.Prevalence is < 0 or > 1)
                throw new ArgumentException($"{b.AgeBand}: prevalence must be 0 to 1.", nameof(bands));
            if (b.Uptake is < 0 or > 1)
                throw new ArgumentException($"{b.AgeBand}: uptake must be 0 to 1.", nameof(bands));
            total += b.Population * b.Prevalence * b.Uptake;
        }
        return total;
    }

    /// <summary>Nominal commitment per year from the base year's unit cost and each later year's price
    /// inflation.</summary>
    public static IReadOnlyList<YearCommitment> Commitment(
        FinancialYear baseYear,
        decimal unitCostBase,
        IReadOnlyList<decimal> volumes,
        IReadOnlyList<decimal> priceInflation,
        IReadOnlyList<decimal> generalInflation
    )
    {
        if (priceInflation.Count < volumes.Count - 1 || generalInflation.Count < volumes.Count - 1)
            throw new ArgumentException("Give price and general inflation for every year after the base year.");
        var rows = new List<YearCommitment>(volumes.Count);
        decimal priceIndex = 1m,
            deflator = 1m;
        var year = baseYear;
        for (var i = 0; i < volumes.Count; i++)
        {
            if (i > 0)
            {
                priceIndex *= 1m + priceInflation[i - 1];
                deflator *= 1m + generalInflation[i - 1];
                year = year.Next();
            }
            var unitCost = unitCostBase * priceIndex;
            var nominal = volumes[i] * unitCost;
            rows.Add(new YearCommitment(year, volumes[i], unitCost, priceIndex, nominal, nominal / deflator));
        }
        return rows;
    }
}

/// <summary>A year's commitment with the breakdown a finance officer checks: volume × unit cost (price index applied) =
/// nominal; real = nominal ÷ deflator.</summary>
public sealed record YearCommitment(
    FinancialYear Year,
    decimal Volume,
    decimal UnitCost,
    decimal PriceIndex,
    decimal Nominal,
    decimal Real
);
