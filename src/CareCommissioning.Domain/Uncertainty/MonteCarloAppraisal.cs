using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Uncertainty;

/// <summary>
/// Monte Carlo of NPSV for appraisal options (METHODS §1.5). Known flows are discounted once; each iteration draws
/// every uncertain flow in a fixed order from one seeded generator, so the same seed gives exactly the same answer. The
/// inner loop runs in double precision for speed (100,000 iterations in well under a second); results are returned as
/// decimal pounds.
/// </summary>
public static class MonteCarloAppraisal
{
    public static MonteCarloResult Run(
        DiscountSchedule schedule,
        string baseline,
        IReadOnlyList<UncertainOption> options,
        int seed,
        int iterations
    )
    {
        if (iterations is < 1 or > MonteCarlo.MaxIterations)
            throw new ArgumentOutOfRangeException(
                nameof(iterations),
                iterations,
                $"Iterations must be 1 to {MonteCarlo.MaxIterations:N0}."
            );
        var baselineIndex = options
            .ToList()
            .FindIndex(o => o.Name.Equals(baseline, StringComparison.OrdinalIgnoreCase));
        if (baselineIndex < 0)
            throw new ArgumentException("The baseline must be one of the options.", nameof(baseline));

        var lastYear = options.SelectMany(o => o.Costs.Concat(o.Benefits)).Select(f => f.Year).DefaultIfEmpty(0).Max();
        var factors = Discounting.Factors(schedule, lastYear).Select(d => (double)d).ToArray();

        // Per option: the NPSV of its known flows, and its uncertain flows as (distribution, signed discounted weight).
        var fixedPart = new double[options.Count];
        var uncertain = new List<(int Option, Distribution Distribution, double Weight)>();
        for (var i = 0; i < options.Count; i++)
        {
            var o = options[i];
            var costWeight = -(1.0 + (double)o.OptimismBias);
            foreach (var (flow, sign) in o.Costs.Select(f => (f, costWeight)).Concat(o.Benefits.Select(f => (f, 1.0))))
            {
                if (flow.Distribution is { } d)
                {
                    if (d.Problem is { } problem)
                        throw new ArgumentException($"{o.Name}, year {flow.Year}: {problem}", nameof(options));
                    uncertain.Add((i, d, sign * factors[flow.Year]));
                }
                else
                {
                    fixedPart[i] += sign * factors[flow.Year] * (double)(flow.Amount ?? 0m);
                }
            }
        }

        var random = new Random(seed);
        var npsv = new double[options.Count][];
        for (var i = 0; i < options.Count; i++)
            npsv[i] = new double[iterations];
        var beats = new int[options.Count];
        var draw = new double[options.Count];
        for (var n = 0; n < iterations; n++)
        {
            Array.Copy(fixedPart, draw, options.Count);
            foreach (var (option, distribution, weight) in uncertain)
                draw[option] += weight * distribution.Sample(random);
            for (var i = 0; i < options.Count; i++)
            {
                npsv[i][n] = draw[i];
                if (draw[i] > draw[baselineIndex])
                    beats[i]++;
            }
        }

        return new MonteCarloResult(
            seed,
            iterations,
            options
                .Select(
                    (o, i) =>
                    {
                        var values = npsv[i];
                        Array.Sort(values);
                        decimal P(int p) =>
                            (decimal)
                                values[Math.Clamp((int)Math.Ceiling(p / 100.0 * iterations) - 1, 0, iterations - 1)];
                        return new MonteCarloOptionResult(
                            o.Name,
                            (decimal)values.Average(),
                            P(10),
                            P(50),
                            P(90),
                            i == baselineIndex ? null : beats[i] / (decimal)iterations,
                            Enumerable
                                .Range(0, 21)
                                .Select(k => (k * 5, k == 0 ? (decimal)values[0] : P(k * 5)))
                                .ToList()
                        );
                    }
                )
                .ToList()
        );
    }
}
