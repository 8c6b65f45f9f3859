namespace CareCommissioning.Domain.Common;

/// <summary>A rule broken by one field, named by the domain property, with the message a user reads.</summary>
public sealed record FieldError(string Field, string Message);
