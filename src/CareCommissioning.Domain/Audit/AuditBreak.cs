namespace CareCommissioning.Domain.Audit;

/// <summary>The first audit row at which the hash chain is broken.</summary>
public sealed record AuditBreak(long Sequence, string Reason);
