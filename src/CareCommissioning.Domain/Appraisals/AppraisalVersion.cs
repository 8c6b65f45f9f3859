namespace CareCommissioning.Domain.Appraisals;

/// <summary>The appraisal as it stood when its status changed: frozen, numbered, and readable later exactly as it was
/// (OA-P16).</summary>
public sealed class AppraisalVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AppraisalId { get; set; }
    public int Number { get; set; }
    public AppraisalStatus Status { get; set; }
    public required string Title { get; set; }
    public int BaseYear { get; set; }
    public int HorizonYears { get; set; }
    public required string Schedule { get; set; }
    public AppraisalContent Content { get; set; } = new();
    public required string FrozenBy { get; set; }
    public DateTimeOffset FrozenAt { get; set; }
    public string? Note { get; set; }
}
