using System.ComponentModel.DataAnnotations;
using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>The agreement's terms, for PUT: the version read (0 while there is no agreement yet) and every
/// term.</summary>
public sealed record AgreementRequest
{
    /// <summary>The version of the agreement you read; 0 to set out the first terms.</summary>
    public int? Version { get; init; }

    public required RiskShareMethod RiskShare { get; init; }
    public required UnderspendTreatment Underspend { get; init; }

    /// <summary>Capped rule only: more than 0 and up to 100.</summary>
    public decimal? CapPercent { get; init; }

    /// <summary>Capped rule only: the partner (its partner id, as in the partnership) taking the overspend above the
    /// cap.</summary>
    public Guid? CapExcessPartnerId { get; init; }

    [MaxLength(PartnershipAgreement.TextMaxLength)]
    public string? ContributionVariation { get; init; }

    [MaxLength(PartnershipAgreement.TextMaxLength)]
    public string? GovernanceBoard { get; init; }

    [MaxLength(PartnershipAgreement.TextMaxLength)]
    public string? BoardMembers { get; init; }

    [MaxLength(PartnershipAgreement.TextMaxLength)]
    public string? Quorum { get; init; }

    [MaxLength(PartnershipAgreement.TextMaxLength)]
    public string? DelegatedLimits { get; init; }

    [MaxLength(PartnershipAgreement.TextMaxLength)]
    public string? HealthAndWellbeingBoardReporting { get; init; }

    [MaxLength(PartnershipAgreement.TextMaxLength)]
    public string? ProviderArrangements { get; init; }

    public AgreementTerms ToTerms() =>
        new(
            RiskShare,
            Underspend,
            CapPercent,
            CapExcessPartnerId,
            ContributionVariation,
            GovernanceBoard,
            BoardMembers,
            Quorum,
            DelegatedLimits,
            HealthAndWellbeingBoardReporting,
            ProviderArrangements
        );
}

public sealed record SignOffResponse(
    Guid Id,
    Guid PartnerId,
    string Partner,
    int AgreementVersion,
    bool CountsForCurrentVersion,
    string DecisionMakers,
    SignOffDecision Decision,
    DateOnly DecidedOn,
    string? Conditions,
    string RecordedBy,
    DateTimeOffset RecordedAt
);

/// <summary>The agreement with its rule in plain English, its rounds and every decision, the earlier versions'
/// included.</summary>
public sealed record AgreementResponse(
    Guid Id,
    Guid PartnershipId,
    int AgreementVersion,
    AgreementStatus Status,
    RiskShareMethod RiskShare,
    UnderspendTreatment Underspend,
    decimal? CapPercent,
    Guid? CapExcessPartnerId,
    string RiskShareInWords,
    string? ContributionVariation,
    string? GovernanceBoard,
    string? BoardMembers,
    string? Quorum,
    string? DelegatedLimits,
    string? HealthAndWellbeingBoardReporting,
    string? ProviderArrangements,
    IReadOnlyList<NegotiationRound> Rounds,
    IReadOnlyList<SignOffResponse> SignOffs,
    int Version
)
{
    public static AgreementResponse From(
        PartnershipAgreement a,
        PartnershipMembership scope,
        IEnumerable<PartnershipSignOff> signOffs
    )
    {
        var current = AgreementWorkflow.Current(a, signOffs).Values.Select(s => s.Id).ToHashSet();
        return new(
            a.Id,
            a.PartnershipId,
            a.AgreementVersion,
            a.Status,
            a.RiskShare,
            a.Underspend,
            a.CapPercent,
            a.CapExcessPartnerId,
            AgreementRules.Describe(a, scope.NameOf),
            a.ContributionVariation,
            a.GovernanceBoard,
            a.BoardMembers,
            a.Quorum,
            a.DelegatedLimits,
            a.HealthAndWellbeingBoardReporting,
            a.ProviderArrangements,
            a.Rounds,
            signOffs
                .OrderBy(s => s.AgreementVersion)
                .ThenBy(s => s.RecordedAt)
                .Select(s => new SignOffResponse(
                    s.Id,
                    s.PartnerId,
                    scope.NameOf(s.PartnerId),
                    s.AgreementVersion,
                    current.Contains(s.Id),
                    s.DecisionMakers,
                    s.Decision,
                    s.DecidedOn,
                    s.Conditions,
                    s.RecordedBy,
                    s.RecordedAt
                ))
                .ToList(),
            a.Version
        );
    }
}

/// <summary>A partner's decision on the current version, for POST; the version of the agreement you read.</summary>
public sealed record SignOffRequest
{
    public int? Version { get; init; }
    public required Guid PartnerId { get; init; }

    [MaxLength(AgreementWorkflow.DecisionMakersMaxLength)]
    public required string DecisionMakers { get; init; }

    public required SignOffDecision Decision { get; init; }
    public required DateOnly DecidedOn { get; init; }

    [MaxLength(PartnershipSignOff.TextMaxLength)]
    public string? Conditions { get; init; }
}

/// <summary>A contribution, for POST and PUT (PUT with the version you read; the partner never changes).</summary>
public sealed record ContributionRequest
{
    public int? Version { get; init; }
    public required Guid PartnerId { get; init; }

    /// <summary>The financial year by the year it starts: 2026 for 2026/27.</summary>
    public required int Year { get; init; }

    public required PoolContributionKind Kind { get; init; }

    [Range(typeof(decimal), "0", "10000000000")]
    public required decimal Amount { get; init; }

    [MaxLength(PartnershipContribution.DescriptionMaxLength)]
    public required string Description { get; init; }

    public ContributionDetails ToDetails() => new(PartnerId, Year, Kind, Amount, Description);
}

public sealed record ContributionResponse(
    Guid Id,
    Guid PartnerId,
    string Partner,
    int Year,
    string FinancialYear,
    PoolContributionKind Kind,
    decimal Amount,
    string Description,
    int Version
)
{
    public static ContributionResponse From(PartnershipContribution c, PartnershipMembership scope) =>
        new(
            c.Id,
            c.PartnerId,
            scope.NameOf(c.PartnerId),
            c.Year,
            new CareCommissioning.Domain.Common.FinancialYear(c.Year).ToString(),
            c.Kind,
            c.Amount,
            c.Description,
            c.Version
        );
}

/// <summary>A round of the negotiation, for POST, with the version of the agreement you read. The partner you send it
/// for may be left out when you keep the records of one partner only.</summary>
public sealed record RoundRequest
{
    public int? Version { get; init; }
    public Guid? PartnerId { get; init; }
    public required RoundKind Kind { get; init; }

    /// <summary>The pool's amounts by financial year (its start year), for a proposal or counter-proposal.</summary>
    public IReadOnlyList<YearAmountProposal> Amounts { get; set; } = [];

    [MaxLength(BudgetProposal.MessageMaxLength)]
    public string? Message { get; init; }

    public DateOnly? DueOn { get; init; }
}

/// <summary>Putting the current version to the partners, for POST, with the version of the agreement you
/// read.</summary>
public sealed record SignOffRequestRequest
{
    public int? Version { get; init; }
}
