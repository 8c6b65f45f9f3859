namespace CareCommissioning.Domain.Notices;

/// <summary>
/// An e-mail waiting to go, written in the same transaction as the change that caused it so nothing is sent for a
/// change that did not happen, and nothing is lost if sending fails; a dispatcher delivers it and records when.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? NoticeId { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
