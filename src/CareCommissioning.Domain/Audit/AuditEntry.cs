namespace CareCommissioning.Domain.Audit;

/// <summary>
/// One append-only row of the audit trail. Each row's hash covers its content and the previous row's
/// hash, so altering, inserting or removing a row breaks the chain from that point.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The changed fields as JSON: <c>[{"Field":…,"Before":…,"After":…}]</c>.</summary>
    public required string Changes { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
