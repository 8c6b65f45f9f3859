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

    /// <summary>
    /// The organisation of the record (or of the record it belongs to), which decides who may read the row; null for
    /// rows about a user account (see <see cref="AccountId"/>). Not hashed: it classifies the row and is worked out
    /// from the hashed content, and rows written before it existed had it filled in afterwards (decision 0018).
    /// </summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The user account a row without an organisation is about (an account or one of its API
    /// tokens).</summary>
    public string? AccountId { get; set; }

    /// <summary>
    /// The partnership a row's record belongs to, if any: every partner organisation's auditors read it as well as
    /// the owning organisation's. Not hashed, like <see cref="OrganisationId"/>; rows written before it existed have
    /// none.
    /// </summary>
    public Guid? PartnershipId { get; set; }
}
