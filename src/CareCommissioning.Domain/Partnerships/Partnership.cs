namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// An arrangement between organisations to commission together with a pooled or aligned budget (a section 75
/// agreement, a Better Care Fund pool). The host partner (<see cref="OrganisationId"/>) keeps the accounts; every
/// partner organisation's users see the partnership (<see cref="PartnershipPartner"/>), and nobody else does.
/// </summary>
public sealed class Partnership : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int ManagerMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The host partner: keeps the pool's accounts and arranges their audit (SI 2000/617 reg 7(4)).</summary>
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public ArrangementType Arrangement { get; set; }
    public LegalBasis LegalBasis { get; set; }

    /// <summary>The legal basis in words when it is <see cref="LegalBasis.Other"/>, or a note on it.</summary>
    public string? LegalBasisDetail { get; set; }

    /// <summary>The person who manages the pooled fund and reports to partners quarterly and yearly.</summary>
    public string? PooledFundManager { get; set; }

    /// <summary>The partners' functions the arrangement covers (for example, adult social care assessment).</summary>
    public string? Functions { get; set; }
    public string? PeopleCovered { get; set; }
    public string? ServicesCovered { get; set; }
    public string? Aims { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DateOnly? ReviewDate { get; set; }
    public string? TerminationTerms { get; set; }
    public PartnershipStatus Status { get; set; } = PartnershipStatus.Proposed;
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}
