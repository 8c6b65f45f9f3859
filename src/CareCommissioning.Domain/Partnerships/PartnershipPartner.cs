namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// An organisation taking part in a partnership, with the constraints on it that the arrangement must fit (PB-P1,
/// PB-P7): its VAT position, ring-fenced grants, financial year and approval limits, and its confirmation that the
/// arrangement fits its values, requirements and constraints. The host is a partner too.
/// </summary>
public sealed class PartnershipPartner : IAudited, IVersioned
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }
    public Guid OrganisationId { get; set; }

    /// <summary>How VAT is treated on its contributions and the pool's spending (for example, section 33 refunds for
    /// a council).</summary>
    public string? VatTreatment { get; set; }

    /// <summary>Grants it brings that may be spent only on their purpose (the Disabled Facilities Grant).</summary>
    public string? RingFencedGrants { get; set; }

    /// <summary>The month its financial year starts (April for councils and the NHS).</summary>
    public int FinancialYearStartMonth { get; set; } = 4;

    /// <summary>The most one of its officers may approve alone; above it, its own decision makers decide.</summary>
    public decimal? ApprovalLimit { get; set; }
    public string? OtherConstraints { get; set; }

    /// <summary>When someone of this organisation confirmed the arrangement fits it, or null while it has
    /// not.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }
    public string? ConfirmationNote { get; set; }

    // What the partner expects of the partnership (PB-P9), for the joint commissioning plan.
    public string? Expectations { get; set; }
    public string? IntendedAchievements { get; set; }
    public string? CurrentRole { get; set; }
    public string? FutureRole { get; set; }
    public string? IntendedContributions { get; set; }
    public DateTimeOffset? ExpectationsGivenAt { get; set; }
    public string? ExpectationsGivenBy { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}
