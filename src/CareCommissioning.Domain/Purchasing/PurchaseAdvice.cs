namespace CareCommissioning.Domain.Purchasing;

/// <summary>A question to the procurement specialists and their answer (PU-P10; K1, K2: they know the local
/// market).</summary>
public sealed class PurchaseAdvice : IAudited
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PurchaseRequestId { get; set; }
    public required string AskedByUserId { get; set; }
    public required string Question { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public string? AnsweredByUserId { get; set; }
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    public string AuditKey => Id.ToString();

    public bool IsAnswered => !string.IsNullOrWhiteSpace(Answer) && AnsweredByUserId is not null;
}
