namespace CareCommissioning.Domain.Mcda;

/// <summary>A criterion with its raw swing weight (any positive scale; normalised to sum to 1).</summary>
public sealed record McdaCriterion(string Name, decimal Weight);
