namespace CareCommissioning.Domain.Partnerships;

public enum MeasureStatus
{
    NoValue = 1,
    NoTarget,
    MeetsTarget,
    ImprovingButShort,
    NotImproving,
}

/// <summary>
/// Where a measure stands by its latest value (PB-P14): against the target, and against the baseline when the target
/// is not met, in the direction the measure says is better.
/// </summary>
public static class MeasureProgress
{
    public static MeasureStatus Of(PartnershipMeasure m, decimal? latest)
    {
        if (latest is not { } value)
            return MeasureStatus.NoValue;
        if (m.Target is not { } target)
            return MeasureStatus.NoTarget;
        if (Better(m, value, target) >= 0)
            return MeasureStatus.MeetsTarget;
        return m.Baseline is { } baseline && Better(m, value, baseline) > 0
            ? MeasureStatus.ImprovingButShort
            : MeasureStatus.NotImproving;
    }

    /// <summary>Positive when <paramref name="value"/> is better than <paramref name="than"/>, zero when
    /// equal.</summary>
    private static int Better(PartnershipMeasure m, decimal value, decimal than) =>
        m.HigherIsBetter ? value.CompareTo(than) : than.CompareTo(value);
}

public static class MeasureStatusNames
{
    public static string Display(MeasureStatus status) =>
        status switch
        {
            MeasureStatus.NoValue => "No value yet",
            MeasureStatus.NoTarget => "No target set",
            MeasureStatus.MeetsTarget => "Meets target",
            MeasureStatus.ImprovingButShort => "Better than baseline, short of target",
            MeasureStatus.NotImproving => "Not better than baseline",
            _ => status.ToString(),
        };
}

public static class MeasureFrequencyNames
{
    public static string Display(MeasureFrequency value) =>
        value switch
        {
            MeasureFrequency.Monthly => "Monthly",
            MeasureFrequency.Quarterly => "Quarterly",
            MeasureFrequency.Yearly => "Yearly",
            _ => value.ToString(),
        };
}
