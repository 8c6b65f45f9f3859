namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>What a key performance indicator counts; it decides which values make sense (see <see
/// cref="KpiValues"/>).</summary>
public enum KpiUnit
{
    Percentage = 1,
    Count = 2,
    Money = 3,
    Hours = 4,
    Minutes = 5,

    /// <summary>Met or not, held as 1 for yes and 0 for no so it rates like any other number.</summary>
    YesNo = 6,
}

/// <summary>Which way is better: more calls on time is better, fewer missed calls is better.</summary>
public enum KpiDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

public static class KpiUnitNames
{
    public static string Display(KpiUnit value) =>
        value switch
        {
            KpiUnit.Percentage => "Percentage",
            KpiUnit.Count => "Count",
            KpiUnit.Money => "Money",
            KpiUnit.Hours => "Hours",
            KpiUnit.Minutes => "Minutes",
            KpiUnit.YesNo => "Yes or no",
            _ => value.ToString(),
        };
}

public static class KpiDirectionNames
{
    public static string Display(KpiDirection value) =>
        value switch
        {
            KpiDirection.HigherIsBetter => "Higher is better",
            KpiDirection.LowerIsBetter => "Lower is better",
            _ => value.ToString(),
        };
}
