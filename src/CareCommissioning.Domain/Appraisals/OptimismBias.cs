namespace CareCommissioning.Domain.Appraisals;

/// <summary>Optimism bias (METHODS §1.4): adjusted cost = estimate × (1 + OB).</summary>
public static class OptimismBias
{
    public static decimal Apply(decimal estimate, decimal uplift)
    {
        if (uplift < 0)
            throw new ArgumentOutOfRangeException(nameof(uplift), uplift, "Optimism bias cannot be negative.");
        return estimate * (1m + uplift);
    }

    /// <summary>For a project mixing categories: the upper bounds weighted by each part's share of cost (shares sum to
    /// 1).</summary>
    public static decimal Blend(IEnumerable<(decimal Share, decimal UpperBound)> parts)
    {
        var list = parts.ToList();
        var total = list.Sum(p => p.Share);
        if (list.Count == 0 || total != 1m)
            throw new ArgumentException("The shares must add up to 1.", nameof(parts));
        return list.Sum(p => p.Share * p.UpperBound);
    }

    /// <summary>Resultant OB = upper bound × (1 − proportion of the contributory factors mitigated).</summary>
    public static decimal Mitigated(decimal upperBound, decimal proportionMitigated)
    {
        if (proportionMitigated is < 0 or > 1)
            throw new ArgumentOutOfRangeException(
                nameof(proportionMitigated),
                proportionMitigated,
                "The proportion mitigated is 0 to 1."
            );
        return upperBound * (1m - proportionMitigated);
    }
}
