namespace CareCommissioning.Domain.Audit;

/// <summary>
/// The newest row of the audit chain, kept apart from the chain and moved on in the same transaction as each append,
/// so removing the newest rows shows as rows missing at the end (decision 0018). There is only one, with id 1.
/// </summary>
public sealed class AuditHead
{
    public const int TheOne = 1;

    public int Id { get; set; } = TheOne;
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}
