using CareCommissioning.Domain.Mcda;
using CareCommissioning.Domain.Uncertainty;

namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// Turns an appraisal's content into the economic case, its sensitivity, the MCDA and the Monte Carlo, through the same
/// domain code the calculation API uses, so the pages and the API cannot disagree.
/// </summary>
public static class AppraisalCalculator
{
    /// <summary>Why the economic case cannot be worked out yet, or null when it can.</summary>
    public static string? EconomicBlocker(AppraisalContent c) =>
        c.DoNothing is not { ShortListed: true }
            ? "Do nothing must be on the short list before the options can be compared with it"
        : c.ShortList.Count < 2 ? "Short-list at least one option besides do nothing to compare it with"
        : null;

    public static EconomicCase? Economic(Appraisal appraisal) =>
        Economic(appraisal.Content, Schedule(appraisal), appraisal.HorizonYears);

    public static EconomicCase? Economic(AppraisalContent c, DiscountSchedule schedule, int horizonYears)
    {
        if (EconomicBlocker(c) is not null)
            return null;
        var shortList = c.ShortList;
        var baseline = c.DoNothing!.Name;
        var results = EconomicAppraisal.Evaluate(
            schedule,
            baseline,
            shortList.Select(o => ToOption(o, 0m, 0m)).ToList()
        );
        var factors = Discounting.Factors(schedule, horizonYears);
        var profiles = shortList.Select(o => Profile(o, factors)).ToList();

        var sensitivity = c
            .SensitivityTests.Select(t =>
            {
                var r = EconomicAppraisal.Evaluate(
                    schedule,
                    baseline,
                    shortList.Select(o => ToOption(o, t.CostChange, t.BenefitChange)).ToList()
                );
                return new SensitivityResult(
                    t.Name,
                    t.CostChange,
                    t.BenefitChange,
                    r.Select(x => x.Npsv).ToList(),
                    r.Single(x => x.Preferred).Name
                );
            })
            .ToList();

        // The switching value of the recommendation (METHODS §1.5): how far the preferred option's benefits may fall,
        // or its costs rise, before the runner-up overtakes it.
        var preferred = results.Single(r => r.Preferred);
        var runnerUp = results.Where(r => !r.Preferred).MaxBy(r => r.Npsv)!;
        var margin = preferred.Npsv - runnerUp.Npsv;
        decimal? benefitsFall = preferred.PvBenefits == 0 ? null : margin / preferred.PvBenefits;
        decimal? costsRise = preferred.PvCosts == 0 ? null : margin / preferred.PvCosts;
        return new EconomicCase(
            schedule,
            factors,
            results,
            profiles,
            sensitivity,
            new RankingSwitch(preferred.Name, runnerUp.Name, margin, benefitsFall, costsRise)
        );
    }

    public static DiscountSchedule Schedule(Appraisal a) =>
        GreenBookSchedules.Find(a.Schedule) ?? GreenBookSchedules.Standard;

    private static AppraisalOption ToOption(OptionEntry o, decimal costChange, decimal benefitChange) =>
        new(
            o.Name,
            o.OptimismBias,
            o.Costs.Select(f => new CashFlow(f.Year, f.Amount * (1m + costChange))).ToList(),
            o.Benefits.Select(f => new CashFlow(f.Year, f.Amount * (1m + benefitChange))).ToList()
        );

    private static OptionProfile Profile(OptionEntry o, IReadOnlyList<decimal> factors)
    {
        var rows = Enumerable
            .Range(0, factors.Count)
            .Select(y =>
            {
                var cost = o.Costs.Where(f => f.Year == y).Sum(f => f.Amount);
                var adjusted = OptimismBias.Apply(cost, o.OptimismBias);
                var benefit = o.Benefits.Where(f => f.Year == y).Sum(f => f.Amount);
                return new ProfileRow(
                    y,
                    cost,
                    adjusted,
                    benefit,
                    factors[y],
                    adjusted * factors[y],
                    benefit * factors[y]
                );
            })
            .ToList();
        return new OptionProfile(o.Id, o.Name, o.OptimismBias, rows);
    }

    /// <summary>Why the MCDA cannot be worked out yet, or null when it can.</summary>
    public static string? McdaBlocker(AppraisalContent c)
    {
        if (c.Criteria.Count == 0)
            return "Add the criteria and their weights";
        if (c.Criteria.Sum(x => x.Weight) != 100m)
            return "The criteria weights must total 100";
        if (c.ShortList.Count == 0)
            return "Short-list the options to score";
        var missing = c
            .ShortList.SelectMany(o =>
                c.Criteria.Where(k => !c.Scores.Any(s => s.OptionId == o.Id && s.CriterionId == k.Id))
                    .Select(k => (o, k))
            )
            .ToList();
        return missing.Count > 0
            ? $"Score every short-listed option on every criterion: {missing.Count} score{(missing.Count == 1 ? " is" : "s are")} missing"
            : null;
    }

    public static McdaResult? Mcda(AppraisalContent c)
    {
        if (McdaBlocker(c) is not null)
            return null;
        var criteria = c.Criteria.Select(k => new McdaCriterion(k.Name, k.Weight)).ToList();
        var options = c
            .ShortList.Select(o => new McdaOption(
                o.Name,
                c.Criteria.Select(k => c.Scores.First(s => s.OptionId == o.Id && s.CriterionId == k.Id).Score).ToList()
            ))
            .ToList();
        return LinearAdditiveModel.Evaluate(criteria, options);
    }

    /// <summary>The Monte Carlo of NPSV over the short list, with the appraisal's recorded seed and
    /// iterations.</summary>
    public static MonteCarloResult? MonteCarlo(Appraisal a)
    {
        var c = a.Content;
        if (EconomicBlocker(c) is not null)
            return null;
        var options = c
            .ShortList.Select(o => new UncertainOption(
                o.Name,
                o.OptimismBias,
                Flows(o, FlowStream.Costs, o.Costs, c.Uncertainties),
                Flows(o, FlowStream.Benefits, o.Benefits, c.Uncertainties)
            ))
            .ToList();
        return MonteCarloAppraisal.Run(
            Schedule(a),
            c.DoNothing!.Name,
            options,
            c.MonteCarloSeed,
            c.MonteCarloIterations
        );
    }

    private static List<UncertainFlow> Flows(
        OptionEntry o,
        FlowStream stream,
        List<YearAmount> amounts,
        List<UncertaintyEntry> all
    )
    {
        var rules = all.Where(u => u.OptionId == o.Id && u.Stream == stream).ToList();
        return amounts
            .GroupBy(f => f.Year)
            .Select(g =>
            {
                var amount = g.Sum(f => f.Amount);
                // A rule for the year wins over a rule for every year.
                var rule = rules.FirstOrDefault(u => u.Year == g.Key) ?? rules.FirstOrDefault(u => u.Year is null);
                return rule is null || amount == 0
                    ? UncertainFlow.Known(g.Key, amount)
                    : UncertainFlow.Uncertain(g.Key, ToDistribution(rule, amount));
            })
            .ToList();
    }

    public static Distribution ToDistribution(UncertaintyEntry u, decimal estimate)
    {
        var e = (double)estimate;
        return u.Distribution switch
        {
            DistributionKind.Triangular => new Triangular((double)u.Low * e, (double)u.Mode * e, (double)u.High * e),
            DistributionKind.Pert => new Pert((double)u.Low * e, (double)u.Mode * e, (double)u.High * e),
            DistributionKind.Normal => new Normal((double)u.Mode * e, (double)u.Spread * e),
            _ => new Uniform((double)u.Low * e, (double)u.High * e),
        };
    }
}

public sealed record EconomicCase(
    DiscountSchedule Schedule,
    IReadOnlyList<decimal> Factors,
    IReadOnlyList<OptionResult> Results,
    IReadOnlyList<OptionProfile> Profiles,
    IReadOnlyList<SensitivityResult> Sensitivity,
    RankingSwitch Switch
);

/// <summary>An option's streams by year: costs as estimated and after optimism bias, benefits, the factor and present
/// values.</summary>
public sealed record OptionProfile(Guid OptionId, string Name, decimal OptimismBias, IReadOnlyList<ProfileRow> Rows);

public sealed record ProfileRow(
    int Year,
    decimal Cost,
    decimal AdjustedCost,
    decimal Benefit,
    decimal Factor,
    decimal PvCost,
    decimal PvBenefit
);

/// <summary>Every short-listed option's NPSV under one sensitivity test, in short-list order, and which option is
/// preferred then.</summary>
public sealed record SensitivityResult(
    string Name,
    decimal CostChange,
    decimal BenefitChange,
    IReadOnlyList<decimal> Npsv,
    string Preferred
);

/// <summary>The margin between the preferred option and the runner-up, and the switching values that close
/// it.</summary>
public sealed record RankingSwitch(
    string Preferred,
    string RunnerUp,
    decimal Margin,
    decimal? BenefitsFall,
    decimal? CostsRise
);
