namespace CareCommissioning.Domain.Risks;

/// <summary>An entry in the one risk register. It can be linked to any record by type and id.</summary>
public sealed class Risk : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int OwnerMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public RiskCategory Category { get; set; }
    public required string Owner { get; set; }
    public int Likelihood { get; set; }
    public int Impact { get; set; }
    public int? ResidualLikelihood { get; set; }
    public int? ResidualImpact { get; set; }
    public string? Mitigation { get; set; }

    /// <summary>A risk taken deliberately because the benefit to the person outweighs it (positive
    /// risk-taking).</summary>
    public bool PositiveRiskTaking { get; set; }
    public RiskStatus Status { get; set; } = RiskStatus.Open;
    public DateOnly? ReviewDate { get; set; }

    /// <summary>The kind of record this risk belongs to (for example "Appraisal"), when it is linked to one.</summary>
    public string? LinkedRecordType { get; set; }
    public Guid? LinkedRecordId { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public int Score => RiskScoring.Score(Likelihood, Impact);
    public RiskBand Band => RiskScoring.Band(Score);
    public int? ResidualScore =>
        ResidualLikelihood is int l && ResidualImpact is int i ? RiskScoring.Score(l, i) : null;
    public RiskBand? ResidualBand => ResidualScore is int s ? RiskScoring.Band(s) : null;
}
