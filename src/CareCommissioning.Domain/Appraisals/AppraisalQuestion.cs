namespace CareCommissioning.Domain.Appraisals;

/// <summary>A question or request for clarification on an appraisal, and its answer (OA-P19, P22).</summary>
public sealed class AppraisalQuestion : IAudited
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AppraisalId { get; set; }
    public required string AskedBy { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public required string Question { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    public string AuditKey => Id.ToString();
}
