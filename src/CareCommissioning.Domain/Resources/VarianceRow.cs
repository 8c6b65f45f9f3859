namespace CareCommissioning.Domain.Resources;

/// <summary>
/// One year of the comparison between resources and the commitment needed to meet demand. A positive gap is headroom, a
/// negative gap a shortfall; the percentage is of the commitment; cumulative gaps add the years so far.
/// </summary>
public sealed record VarianceRow(
    FinancialYear Year,
    decimal Commitment,
    decimal Resources,
    decimal Gap,
    decimal? GapPercent,
    decimal CumulativeGap
)
{
    public bool Shortfall => Gap < 0;
}
