namespace CareCommissioning.Domain.Appraisals;

public enum ContributionKind
{
    Suggestion = 1,
    DraftPriority = 2,
    Comment = 3,
}

/// <summary>The part of the appraisal a contribution changed, as the commissioner records it.</summary>
public enum ContributionEffect
{
    NotYetConsidered = 0,
    Outcomes = 1,
    Options = 2,
    Criteria = 3,
    Scores = 4,
    Risks = 5,
    Recommendation = 6,
    NoChange = 7,
}

/// <summary>
/// What a person taking part in an engagement said: a suggestion, a draft priority or a comment, and how they ranked
/// the options. Never deleted or edited after it is sent; the commissioner adds what it changed and a reply.
/// </summary>
public sealed class Contribution : IAudited
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AppraisalId { get; set; }
    public required string AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorOrganisation { get; set; }
    public ContributionKind Kind { get; set; }
    public required string Text { get; set; }

    /// <summary>The options in the order the person prefers them, best first; empty when they did not rank.</summary>
    public List<Guid> Ranking { get; set; } = [];
    public DateTimeOffset SubmittedAt { get; set; }
    public ContributionEffect Effect { get; set; }
    public string? Response { get; set; }
    public string? RespondedBy { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }

    public string AuditKey => Id.ToString();
}
