namespace CareCommissioning.Domain.Appraisals;

/// <summary>Green Book discounting (METHODS §1.2), in decimal at full precision; rounding is for display
/// only.</summary>
public static class Discounting
{
    public const int MaxYear = 500;

    /// <summary>D(t) = ∏_{s=1..t} 1/(1+r_s); D(0) = 1.</summary>
    public static decimal Factor(DiscountSchedule schedule, int year)
    {
        if (year is < 0 or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year must be 0 to {MaxYear}.");
        var factor = 1m;
        for (var s = 1; s <= year; s++)
            factor /= 1m + schedule.RateFor(s);
        return factor;
    }

    /// <summary>The factors for years 0 to <paramref name="lastYear"/>, each computed once from the one
    /// before.</summary>
    public static IReadOnlyList<decimal> Factors(DiscountSchedule schedule, int lastYear)
    {
        if (lastYear is < 0 or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"Year must be 0 to {MaxYear}.");
        var factors = new decimal[lastYear + 1];
        factors[0] = 1m;
        for (var t = 1; t <= lastYear; t++)
            factors[t] = factors[t - 1] / (1m + schedule.RateFor(t));
        return factors;
    }

    /// <summary>PV = Σ V_t · D(t). Several flows in the same year add up.</summary>
    public static decimal PresentValue(DiscountSchedule schedule, IEnumerable<CashFlow> flows)
    {
        var list = flows as IReadOnlyCollection<CashFlow> ?? flows.ToList();
        if (list.Count == 0)
            return 0m;
        var factors = Factors(schedule, list.Max(f => f.Year));
        return list.Sum(f => f.Amount * factors[f.Year]);
    }
}
