namespace CareCommissioning.Domain.Notices;

public enum NoticeChannel
{
    InApp = 1,
    Email = 2,
}

/// <summary>
/// A message to one person about a decision (OA-P23): to a user in the app, or to a stakeholder by e-mail through the
/// outbox, in the format and language they asked for where that is available. Kept as the record of who was told, when
/// and how.
/// </summary>
public sealed class Notice : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }

    /// <summary>What the notice is about, such as an appraisal.</summary>
    public required string SubjectType { get; set; }
    public Guid SubjectId { get; set; }
    public string? RecipientUserId { get; set; }
    public Guid? StakeholderId { get; set; }
    public required string RecipientName { get; set; }
    public NoticeChannel Channel { get; set; }
    public string? Address { get; set; }

    /// <summary>"Standard" or "Easy read"; large print, BSL and audio needs are flagged for a person to follow
    /// up.</summary>
    public required string Format { get; set; }
    public string? Language { get; set; }
    public string? FollowUp { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    public string AuditKey => Id.ToString();
}
