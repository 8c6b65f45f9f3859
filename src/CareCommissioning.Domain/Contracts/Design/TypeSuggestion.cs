namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>A contract type the advice suggests, and why.</summary>
public sealed record TypeSuggestion(ContractType Type, string Reason);
