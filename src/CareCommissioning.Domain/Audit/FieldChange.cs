namespace CareCommissioning.Domain.Audit;

/// <summary>One field's value before and after a change, as text.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
