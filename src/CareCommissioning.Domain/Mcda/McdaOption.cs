namespace CareCommissioning.Domain.Mcda;

/// <summary>An option's 0–100 preference scores, one per criterion in the criteria's order.</summary>
public sealed record McdaOption(string Name, IReadOnlyList<decimal> Scores);
