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

    /// <summary>The dispatcher pass that has this message to send, so no other pass or node sends it too.</summary>
    public Guid? ClaimedBy { get; set; }

    /// <summary>When the claim lapses: a node that died holding it leaves the message to the others after
    /// this.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}
