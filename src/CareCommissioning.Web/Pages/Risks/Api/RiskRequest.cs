using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Risks.Api;

/// <summary>A risk's details for create (POST) and full update (PUT, which also needs <see cref="Version"/>).</summary>
public sealed record RiskRequest
{
    [MaxLength(Risk.TitleMaxLength)]
    public required string Title { get; init; }

    [MaxLength(Risk.TextMaxLength)]
    public string? Description { get; init; }

    public required RiskCategory Category { get; init; }

    [MaxLength(Risk.OwnerMaxLength)]
    public required string Owner { get; init; }

    /// <summary>1 Rare … 5 Almost certain.</summary>
    [Range(1, 5)]
    public required int Likelihood { get; init; }

    /// <summary>1 Negligible … 5 Catastrophic.</summary>
    [Range(1, 5)]
    public required int Impact { get; init; }

    [Range(1, 5)]
    public int? ResidualLikelihood { get; init; }

    [Range(1, 5)]
    public int? ResidualImpact { get; init; }

    [MaxLength(Risk.TextMaxLength)]
    public string? Mitigation { get; init; }

    public bool PositiveRiskTaking { get; init; }

    public RiskStatus Status { get; set; } = RiskStatus.Open;

    public DateOnly? ReviewDate { get; init; }

    /// <summary>Which organisation holds the risk (create only; defaults to your only organisation).</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public RiskDetails ToDetails() =>
        new(
            Clean(Title),
            Clean(Description),
            Category,
            Clean(Owner),
            Likelihood,
            Impact,
            ResidualLikelihood,
            ResidualImpact,
            Clean(Mitigation),
            PositiveRiskTaking,
            Status,
            ReviewDate
        );

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
