using BenchmarkDotNet.Attributes;
using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Uncertainty;

namespace CareCommissioning.Benchmarks;

/// <summary>
/// Issue target: 100,000 iterations × 6 options × 10 years × 12 uncertain inputs, median ≤ 200 ms on one core and ≤ 2×
/// a run that only draws the same random numbers.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private const int Iterations = 100_000;
    private UncertainOption[] _options = [];
    private Distribution[] _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        // Six options over ten years; twelve of their flows are uncertain (two per option), the rest known.
        _options = Enumerable
            .Range(0, 6)
            .Select(i => new UncertainOption(
                i == 0 ? "Do nothing" : $"Option {i}",
                0.41m,
                Enumerable
                    .Range(0, 10)
                    .Select(t =>
                        t == 1
                            ? UncertainFlow.Uncertain(t, new Pert(90_000, 100_000 + i * 1_000, 140_000))
                            : UncertainFlow.Known(t, 100_000m)
                    )
                    .ToList(),
                Enumerable
                    .Range(0, 10)
                    .Select(t =>
                        t == 2
                            ? UncertainFlow.Uncertain(t, new Triangular(100_000, 150_000, 200_000))
                            : UncertainFlow.Known(t, 150_000m)
                    )
                    .ToList()
            ))
            .ToArray();
        _inputs = _options
            .SelectMany(o => o.Costs.Concat(o.Benefits))
            .Where(f => f.Distribution is not null)
            .Select(f => f.Distribution!)
            .ToArray();
    }

    [Benchmark]
    public MonteCarloResult Appraisal() =>
        MonteCarloAppraisal.Run(GreenBookSchedules.Standard, "Do nothing", _options, 42, Iterations);

    [Benchmark(Baseline = true)]
    public double DrawOnly()
    {
        var random = new Random(42);
        var sum = 0.0;
        for (var n = 0; n < Iterations; n++)
            foreach (var d in _inputs)
                sum += d.Sample(random);
        return sum;
    }
}
