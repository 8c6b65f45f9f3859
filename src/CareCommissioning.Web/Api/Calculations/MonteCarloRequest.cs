using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Api.Calculations;

public sealed record UncertainFlowDto
{
    [Range(0, CalculationLimits.MaxYear)]
    public required int Year { get; init; }

    /// <summary>A number, or a distribution object (triangular, pert, normal, uniform).</summary>
    public required UncertainAmount Amount { get; init; }
}

public sealed record UncertainOptionDto
{
    [MaxLength(200)]
    public required string Name { get; init; }

    [Range(0, 2)]
    public decimal OptimismBias { get; init; }

    [MaxLength(CalculationLimits.MaxFlows)]
    public required IReadOnlyList<UncertainFlowDto> Costs { get; init; }

    [MaxLength(CalculationLimits.MaxFlows)]
    public required IReadOnlyList<UncertainFlowDto> Benefits { get; init; }
}

public sealed record MonteCarloRequest
{
    [MaxLength(20)]
    public required string Schedule { get; init; }

    [MaxLength(200)]
    public required string Baseline { get; init; }

    [MaxLength(CalculationLimits.MaxOptions)]
    public required IReadOnlyList<UncertainOptionDto> Options { get; init; }

    /// <summary>How many draws (1 to 100,000; default 10,000).</summary>
    [Range(1, 100_000)]
    public int Iterations { get; set; } = 10_000;

    /// <summary>The random seed; the same seed and inputs give exactly the same answer. One is chosen and returned if
    /// absent.</summary>
    public int? Seed { get; init; }
}

public sealed record MonteCarloOptionResponse(
    string Name,
    decimal Mean,
    decimal P10,
    decimal P50,
    decimal P90,
    decimal? ProbabilityBeatsBaseline
);

public sealed record MonteCarloResponse(
    string Schedule,
    string Baseline,
    int Seed,
    int Iterations,
    IReadOnlyList<MonteCarloOptionResponse> Options
);
