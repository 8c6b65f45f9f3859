namespace CareCommissioning.Domain.Mcda;

/// <summary>
/// MCDA by the linear additive model with swing weights (METHODS §2, DCLG manual). Also the sensitivity of the ranking:
/// for each criterion, the weight at which the top option changes when the other weights are rescaled in proportion.
/// </summary>
public static class LinearAdditiveModel
{
    public static McdaResult Evaluate(IReadOnlyList<McdaCriterion> criteria, IReadOnlyList<McdaOption> options)
    {
        Validate(criteria, options);
        var scale = criteria.Sum(c => c.Weight);
        var weights = Normalise(criteria.Select(c => c.Weight).ToList());
        var totals = Totals(weights, options);
        var ranked = options
            .Select((o, i) => new McdaOptionResult(o.Name, totals[i], 1 + totals.Count(t => t > totals[i])))
            .ToList();

        var criteriaResults = criteria
            .Select(
                (c, j) =>
                {
                    var (switchAt, leader) = SwitchingWeight(weights, options, j);
                    return new McdaCriterionResult(c.Name, c.Weight, weights[j], switchAt, switchAt * scale, leader);
                }
            )
            .ToList();
        return new McdaResult(ranked, criteriaResults);
    }

    public static IReadOnlyList<decimal> Normalise(IReadOnlyList<decimal> raw)
    {
        var sum = raw.Sum();
        if (sum <= 0)
            throw new ArgumentException("At least one weight must be above zero.", nameof(raw));
        return raw.Select(w => w / sum).ToList();
    }

    private static List<decimal> Totals(IReadOnlyList<decimal> weights, IReadOnlyList<McdaOption> options) =>
        options.Select(o => o.Scores.Select((s, j) => s * weights[j]).Sum()).ToList();

    /// <summary>
    /// With criterion j at weight x and the others at w_k·(1−x)/(1−w_j), each total is linear in x:
    /// S_i(x) = A_i + x·(s_ij − A_i) where A_i is the option's total over the other criteria at their rescaled-to-one
    /// weights. The leader changes where two such lines cross; we take the crossing in [0,1] nearest the current
    /// weight.
    /// </summary>
    private static (decimal?, string?) SwitchingWeight(
        IReadOnlyList<decimal> w,
        IReadOnlyList<McdaOption> options,
        int j
    )
    {
        if (options.Count < 2)
            return (null, null);
        var others = 1m - w[j];
        var a = options
            .Select(o => others == 0 ? 0m : o.Scores.Select((s, k) => k == j ? 0m : s * w[k] / others).Sum())
            .ToList();
        var b = options.Select((o, i) => o.Scores[j] - a[i]).ToList();
        var totals = Totals(w, options);
        var leader = totals.IndexOf(totals.Max());

        decimal? best = null;
        string? newLeader = null;
        for (var i = 0; i < options.Count; i++)
        {
            if (i == leader || b[i] == b[leader])
                continue;
            var x = (a[leader] - a[i]) / (b[i] - b[leader]);
            if (x < 0 || x > 1 || x == w[j])
                continue;
            // Past the crossing (moving away from the current weight) option i must actually lead everyone.
            var probe = x + (x > w[j] ? 1e-9m : -1e-9m);
            if (probe is < 0 or > 1)
                continue; // a tie only at the edge of the range is not a change of leader
            var atProbe = options.Select((_, k) => a[k] + probe * b[k]).ToList();
            if (atProbe.IndexOf(atProbe.Max()) != i)
                continue;
            if (best is null || Math.Abs(x - w[j]) < Math.Abs(best.Value - w[j]))
            {
                best = x;
                newLeader = options[i].Name;
            }
        }
        return (best, newLeader);
    }

    private static void Validate(IReadOnlyList<McdaCriterion> criteria, IReadOnlyList<McdaOption> options)
    {
        if (criteria.Count == 0)
            throw new ArgumentException("There must be at least one criterion.", nameof(criteria));
        if (options.Count == 0)
            throw new ArgumentException("There must be at least one option.", nameof(options));
        if (criteria.Any(c => c.Weight < 0))
            throw new ArgumentException("Weights cannot be negative.", nameof(criteria));
        foreach (var o in options)
        {
            if (o.Scores.Count != criteria.Count)
                throw new ArgumentException(
                    $"Option '{o.Name}' needs one score for each of the {criteria.Count} criteria.",
                    nameof(options)
                );
            if (o.Scores.Any(s => s is < 0 or > 100))
                throw new ArgumentException($"Option '{o.Name}' has a score outside 0 to 100.", nameof(options));
        }
    }
}
