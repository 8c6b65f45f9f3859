namespace CareCommissioning.Domain.Contracts;

/// <summary>A proposed variation as entered.</summary>
public sealed record VariationProposal(
    string? Reason,
    decimal? ValueChange,
    DateOnly? NewEndDate,
    string? Justification
);
