using System.ComponentModel.DataAnnotations;
using CareCommissioning.Web.Pages.Purchasing.Rules;

namespace CareCommissioning.Web.Pages.Purchasing.Api;

public sealed record PurchasingBandDto
{
    /// <summary>The value (including VAT) the band starts at; the first band starts at 0.</summary>
    [Range(0, 1_000_000_000)]
    public required decimal From { get; init; }

    public required PurchaseRoute Route { get; init; }

    /// <summary>Quotes to obtain; may be left out for a formal tender.</summary>
    [Range(1, PurchasingRules.MaxQuotes)]
    public int? QuotesRequired { get; init; }
}

public sealed record ApprovalLimitDto
{
    public required Role Role { get; init; }

    /// <summary>The most the role may approve, including VAT; null for no limit (send it: a missing limit is an error,
    /// not "no limit").</summary>
    [Range(0, 1_000_000_000)]
    public required decimal? Limit { get; init; }
}

/// <summary>A new version of an organisation's purchasing rules; versions are never edited.</summary>
public sealed record PurchasingRuleSetRequest
{
    /// <summary>Needed only by someone who may change the rules of several organisations.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>The date the rules come into force: today or later, and not before the latest version's date.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>What changed and why.</summary>
    [MaxLength(PurchasingRuleVersions.ChangeNoteMaxLength)]
    public required string ChangeNote { get; init; }

    /// <summary>The agreed proposal to change the purchasing process that this version puts into effect, if
    /// any.</summary>
    public Guid? ProcessChangeProposalId { get; init; }

    [MaxLength(PurchasingRules.MaxBands)]
    public required IReadOnlyList<PurchasingBandDto> Bands { get; init; }

    [MaxLength(20)]
    public required IReadOnlyList<ApprovalLimitDto> ApprovalLimits { get; init; }
}

/// <summary>A band with where it ends: up to (not including) the next band's start, or the statutory
/// threshold.</summary>
public sealed record PurchasingBandResponse(
    decimal From,
    decimal? UpTo,
    PurchaseRoute Route,
    string RouteName,
    int? QuotesRequired
);

public sealed record ApprovalLimitResponse(Role Role, string RoleName, decimal? Limit);

/// <summary>The statutory thresholds of the Procurement Act 2023 in force today for this organisation, all including
/// VAT.</summary>
public sealed record StatutoryThresholdsResponse(
    DateOnly EffectiveFrom,
    string AuthorityType,
    decimal GoodsAndServices,
    decimal LightTouch,
    decimal Works,
    decimal NotifiableBelowThreshold,
    string Source
);

public sealed record PurchasingRuleSetResponse(
    Guid Id,
    Guid OrganisationId,
    int VersionNumber,
    DateOnly EffectiveFrom,
    string Status,
    string? ChangeNote,
    Guid? ProcessChangeProposalId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<PurchasingBandResponse> Bands,
    IReadOnlyList<ApprovalLimitResponse> ApprovalLimits,
    StatutoryThresholdsResponse StatutoryThresholds
);

public sealed record PurchasingRuleVersionSummary(
    int VersionNumber,
    DateOnly EffectiveFrom,
    string Status,
    string? ChangeNote,
    DateTimeOffset CreatedAt
);
