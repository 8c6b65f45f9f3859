namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// A dated Green Book discount-rate schedule (METHODS §1.1): real rates by years from the base year.
/// Rates are configuration with a source and an effective date, not constants, because HM Treasury may revise them.
/// </summary>
public sealed record DiscountSchedule(
    string Name,
    DateOnly EffectiveFrom,
    string Source,
    IReadOnlyList<DiscountBand> Bands
)
{
    /// <summary>The rate that discounts year <paramref name="year"/> back to year − 1 (year ≥ 1).</summary>
    public decimal RateFor(int year)
    {
        if (year < 1)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year 0 is the base year and is not discounted.");
        foreach (var band in Bands)
            if (year >= band.FromYear && (band.ToYear is null || year <= band.ToYear))
                return band.Rate;
        throw new InvalidOperationException($"The schedule '{Name}' has no rate for year {year}.");
    }
}

/// <summary>Years <see cref="FromYear"/> to <see cref="ToYear"/> (inclusive; open-ended when null) discounted at <see
/// cref="Rate"/>.</summary>
public sealed record DiscountBand(int FromYear, int? ToYear, decimal Rate);
