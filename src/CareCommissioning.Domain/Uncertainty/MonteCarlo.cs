namespace CareCommissioning.Domain.Uncertainty;

/// <summary>
/// A seeded Monte Carlo simulation: the same seed, inputs and model give exactly the same results, so a run can be
/// repeated and checked. The model maps one draw of every uncertain input (by name) to each option's outcome (e.g.
/// NPSV).
/// </summary>
public static class MonteCarlo
{
    public const int MaxIterations = 100_000;

    public static MonteCarloResult Run(
        int seed,
        int iterations,
        IReadOnlyDictionary<string, Distribution> inputs,
        IReadOnlyList<string> options,
        string baseline,
        Func<IReadOnlyDictionary<string, double>, IReadOnlyDictionary<string, decimal>> model
    )
    {
        if (iterations is < 1 or > MaxIterations)
            throw new ArgumentOutOfRangeException(
                nameof(iterations),
                iterations,
                $"Iterations must be 1 to {MaxIterations:N0}."
            );
        foreach (var (name, distribution) in inputs)
            if (distribution.Problem is { } problem)
                throw new ArgumentException($"{name}: {problem}", nameof(inputs));
        if (!options.Contains(baseline))
            throw new ArgumentException("The baseline must be one of the options.", nameof(baseline));

        var random = new Random(seed);
        var outcomes = options.ToDictionary(o => o, _ => new decimal[iterations]);
        var beats = options.ToDictionary(o => o, _ => 0);
        var names = inputs.Keys.Order(StringComparer.Ordinal).ToList(); // a fixed draw order keeps runs repeatable
        var draw = new Dictionary<string, double>(names.Count);
        for (var i = 0; i < iterations; i++)
        {
            foreach (var name in names)
                draw[name] = inputs[name].Sample(random);
            var result = model(draw);
            foreach (var option in options)
            {
                outcomes[option][i] = result[option];
                if (result[option] > result[baseline])
                    beats[option]++;
            }
        }

        return new MonteCarloResult(
            seed,
            iterations,
            options
                .Select(o =>
                {
                    var sorted = outcomes[o].Order().ToArray();
                    return new MonteCarloOptionResult(
                        o,
                        sorted.Average(),
                        Percentile(sorted, 10),
                        Percentile(sorted, 50),
                        Percentile(sorted, 90),
                        o == baseline ? null : beats[o] / (decimal)iterations,
                        SCurve(sorted)
                    );
                })
                .ToList()
        );
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static decimal Percentile(IReadOnlyList<decimal> sorted, int p)
    {
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The cumulative distribution at 21 points (0%, 5% … 100%), for the S-curve chart and its data
    /// table.</summary>
    private static IReadOnlyList<(int Percent, decimal Value)> SCurve(IReadOnlyList<decimal> sorted) =>
        Enumerable.Range(0, 21).Select(k => (k * 5, k == 0 ? sorted[0] : Percentile(sorted, k * 5))).ToList();
}

public sealed record MonteCarloResult(int Seed, int Iterations, IReadOnlyList<MonteCarloOptionResult> Options);

/// <summary>Mean and P10/P50/P90 of the outcome, the probability it beats the baseline, and the S-curve
/// points.</summary>
public sealed record MonteCarloOptionResult(
    string Option,
    decimal Mean,
    decimal P10,
    decimal P50,
    decimal P90,
    decimal? ProbabilityBeatsBaseline,
    IReadOnlyList<(int Percent, decimal Value)> SCurve
);
