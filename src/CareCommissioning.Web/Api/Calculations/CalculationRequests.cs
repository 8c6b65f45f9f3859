using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Api.Calculations;

/// <summary>An amount in real base-year pounds in a year from the base year (0).</summary>
public sealed record FlowDto
{
    [Range(0, CalculationLimits.MaxYear)]
    public required int Year { get; init; }

    [Range(-CalculationLimits.MaxAmount, CalculationLimits.MaxAmount)]
    public required decimal Amount { get; init; }
}

public sealed record PresentValueRequest
{
    /// <summary>"standard" or "health" (Green Book STPR schedules).</summary>
    [MaxLength(20)]
    public required string Schedule { get; init; }

    [MaxLength(CalculationLimits.MaxFlows)]
    public required IReadOnlyList<FlowDto> Flows { get; init; }
}

public sealed record AppraisalOptionDto
{
    [MaxLength(200)]
    public required string Name { get; init; }

    /// <summary>The optimism bias applied to costs, as a fraction (0.41 = 41%).</summary>
    [Range(0, 2)]
    public decimal OptimismBias { get; init; }

    [MaxLength(CalculationLimits.MaxFlows)]
    public required IReadOnlyList<FlowDto> Costs { get; init; }

    [MaxLength(CalculationLimits.MaxFlows)]
    public required IReadOnlyList<FlowDto> Benefits { get; init; }
}

public sealed record AppraisalRequest
{
    [MaxLength(20)]
    public required string Schedule { get; init; }

    /// <summary>The name of the do-nothing (business as usual) option, which must be among the options.</summary>
    [MaxLength(200)]
    public required string Baseline { get; init; }

    [MaxLength(CalculationLimits.MaxOptions)]
    public required IReadOnlyList<AppraisalOptionDto> Options { get; init; }
}

public sealed record McdaCriterionDto
{
    [MaxLength(200)]
    public required string Name { get; init; }

    /// <summary>The criterion's weight; the weights of all criteria add up to 100.</summary>
    [Range(0, 100)]
    public required decimal Weight { get; init; }
}

public sealed record McdaOptionDto
{
    [MaxLength(200)]
    public required string Name { get; init; }

    /// <summary>0–100 scores, one per criterion, in the criteria's order.</summary>
    [MaxLength(CalculationLimits.MaxCriteria)]
    public required IReadOnlyList<decimal> Scores { get; init; }
}

public sealed record McdaRequest
{
    [MaxLength(CalculationLimits.MaxCriteria)]
    public required IReadOnlyList<McdaCriterionDto> Criteria { get; init; }

    [MaxLength(CalculationLimits.MaxOptions)]
    public required IReadOnlyList<McdaOptionDto> Options { get; init; }
}
