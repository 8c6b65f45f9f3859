namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// Appraises short-listed options against the do-nothing baseline (METHODS §1.2–1.5). The preferred option is the one
/// with the highest NPSV; ties go to the first listed. BCR is reported but, per the 2026 Green Book, never used as the
/// test.
/// </summary>
public static class EconomicAppraisal
{
    public static IReadOnlyList<OptionResult> Evaluate(
        DiscountSchedule schedule,
        string baseline,
        IReadOnlyList<AppraisalOption> options
    )
    {
        if (options.Count == 0)
            throw new ArgumentException("There must be at least one option.", nameof(options));
        if (options.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            throw new ArgumentException("Option names must be different.", nameof(options));
        if (!options.Any(o => o.Name.Equals(baseline, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException(
                $"The baseline '{baseline}' is not one of the options; the do-nothing option is always appraised.",
                nameof(baseline)
            );

        var figures = options
            .Select(o =>
            {
                var pvc = Discounting.PresentValue(
                    schedule,
                    o.Costs.Select(c => c with { Amount = OptimismBias.Apply(c.Amount, o.OptimismBias) })
                );
                var pvb = Discounting.PresentValue(schedule, o.Benefits);
                return (Option: o, Pvc: pvc, Pvb: pvb, Npsv: pvb - pvc);
            })
            .ToList();

        var baselineNpsv = figures.Single(f => f.Option.Name.Equals(baseline, StringComparison.OrdinalIgnoreCase)).Npsv;
        var best = figures.MaxBy(f => f.Npsv).Option.Name;
        return figures
            .Select(f => new OptionResult(
                f.Option.Name,
                f.Pvc,
                f.Pvb,
                f.Npsv,
                f.Pvc == 0 ? null : f.Pvb / f.Pvc,
                f.Npsv - baselineNpsv,
                f.Pvb == 0 ? null : f.Npsv / f.Pvb,
                f.Pvc == 0 ? null : f.Npsv / f.Pvc,
                f.Option.Name == best
            ))
            .ToList();
    }
}
