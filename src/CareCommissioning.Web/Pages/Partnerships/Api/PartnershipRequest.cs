using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>A partnership's arrangement, for create (POST, with the partners besides the host).</summary>
public sealed record PartnershipRequest
{
    [MaxLength(Partnership.NameMaxLength)]
    public required string Name { get; init; }

    public required ArrangementType Arrangement { get; init; }

    public required LegalBasis LegalBasis { get; init; }

    [MaxLength(Partnership.TextMaxLength)]
    public string? LegalBasisDetail { get; init; }

    [MaxLength(Partnership.ManagerMaxLength)]
    public string? PooledFundManager { get; init; }

    [MaxLength(Partnership.TextMaxLength)]
    public string? Functions { get; init; }

    [MaxLength(Partnership.TextMaxLength)]
    public string? PeopleCovered { get; init; }

    [MaxLength(Partnership.TextMaxLength)]
    public string? ServicesCovered { get; init; }

    [MaxLength(Partnership.TextMaxLength)]
    public string? Aims { get; init; }

    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public DateOnly? ReviewDate { get; init; }

    [MaxLength(Partnership.TextMaxLength)]
    public string? TerminationTerms { get; init; }

    public PartnershipStatus Status { get; set; } = PartnershipStatus.Proposed;

    /// <summary>The host partner (defaults to your only organisation where you keep partnerships).</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>The other partner organisations: at least one, never the host.</summary>
    public IReadOnlyList<Guid> Partners { get; set; } = [];

    public PartnershipDetails ToDetails() =>
        new(
            Clean(Name),
            Arrangement,
            LegalBasis,
            Clean(LegalBasisDetail),
            Clean(PooledFundManager),
            Clean(Functions),
            Clean(PeopleCovered),
            Clean(ServicesCovered),
            Clean(Aims),
            StartDate,
            EndDate,
            ReviewDate,
            Clean(TerminationTerms),
            Status
        );

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
