using CareCommissioning.Domain.Partnerships.RiskShare;
using CareCommissioning.Domain.Resources;

namespace CareCommissioning.Domain.Partnerships;

public enum AgreementStatus
{
    /// <summary>The host is drafting the terms; partners may comment in rounds.</summary>
    Draft = 1,

    /// <summary>The terms are put to the partners for sign-off: every partner's own decision makers decide.</summary>
    ForSignOff,

    /// <summary>Every partner signed off the current version.</summary>
    SignedOff,
}

/// <summary>
/// The agreement of a partnership (PB-P5, P6, P8, P12, P13): how contributions may vary, the risk-share rule for
/// overspends and underspends as data (METHODS §6.2), the governance, and how the commissioned activity is carried out
/// with providers. One per partnership. Its terms are negotiated in rounds like an appraisal's budget
/// (<see cref="NegotiationRound"/>), and each change of terms starts a new <see cref="AgreementVersion"/>: a partner's
/// sign-off counts for the version it signed only.
/// </summary>
public sealed class PartnershipAgreement : IAudited, IVersioned
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }

    /// <summary>The version of the terms partners sign: 1 for the first draft, one more each time the terms
    /// change.</summary>
    public int AgreementVersion { get; set; } = 1;
    public AgreementStatus Status { get; set; } = AgreementStatus.Draft;

    public RiskShareMethod RiskShare { get; set; } = RiskShareMethod.Proportional;
    public UnderspendTreatment Underspend { get; set; } = UnderspendTreatment.Return;

    /// <summary>Capped rule only: the share of the pool, in percent, up to which an overspend is shared pro
    /// rata.</summary>
    public decimal? CapPercent { get; set; }

    /// <summary>Capped rule only: the partner (a <see cref="PartnershipPartner"/>) taking the overspend above the
    /// cap.</summary>
    public Guid? CapExcessPartnerId { get; set; }

    /// <summary>How and when contributions may vary (in-year changes, notice, the annual uplift).</summary>
    public string? ContributionVariation { get; set; }
    public string? GovernanceBoard { get; set; }
    public string? BoardMembers { get; set; }
    public string? Quorum { get; set; }
    public string? DelegatedLimits { get; set; }

    /// <summary>How the partnership reports to the health and wellbeing board.</summary>
    public string? HealthAndWellbeingBoardReporting { get; set; }

    /// <summary>How the commissioned activity will be carried out with providers (PB-P8).</summary>
    public string? ProviderArrangements { get; set; }

    /// <summary>The negotiation of the terms between partners, oldest first.</summary>
    public List<NegotiationRound> Rounds { get; set; } = [];
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}

public enum SignOffDecision
{
    Approved = 1,
    ApprovedWithConditions,
    Deferred,
    Rejected,
}

/// <summary>
/// One partner's decision on one version of the agreement (PB-P12, P13): the budget proposal went to its own decision
/// makers (a cabinet, an ICB board), who decided on a date; the person recording it signs for the partner.
/// </summary>
public sealed class PartnershipSignOff : IAudited
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }
    public Guid PartnerId { get; set; }
    public int AgreementVersion { get; set; }

    /// <summary>Who decided for the partner: its cabinet, governing body, a delegated officer.</summary>
    public required string DecisionMakers { get; set; }
    public SignOffDecision Decision { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string? Conditions { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public string AuditKey => Id.ToString();
}
