using System.ComponentModel.DataAnnotations;
using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>What one partner put into the pool.</summary>
public sealed record RiskShareContributionDto
{
    /// <summary>The partner's name, for example "Council" or "ICB"; each partner once.</summary>
    [Required]
    [MaxLength(RiskShareCalculator.NameMaxLength)]
    public string? Partner { get; init; }

    /// <summary>The contribution in pounds, £0 or more, at most 2 decimal places.</summary>
    [Required]
    [Range(0, 1_000_000_000_000)]
    public decimal? Amount { get; init; }
}

/// <summary>A scheme the pool pays for, for the own-schemes rule.</summary>
public sealed record RiskShareSchemeDto
{
    [Required]
    [MaxLength(RiskShareCalculator.NameMaxLength)]
    public string? Name { get; init; }

    /// <summary>The partner that leads (commissions) the scheme and bears its variance: one of the contributing
    /// partners.</summary>
    [Required]
    [MaxLength(RiskShareCalculator.NameMaxLength)]
    public string? LeadPartner { get; init; }

    /// <summary>The scheme's budget in pounds; the schemes' budgets add up to the pool.</summary>
    [Required]
    [Range(0, 1_000_000_000_000)]
    public decimal? Budget { get; init; }

    /// <summary>What the scheme spent in the year, in pounds.</summary>
    [Required]
    [Range(0, 1_000_000_000_000)]
    public decimal? Spend { get; init; }
}

/// <summary>A pooled budget's year-end risk share (PB-P2, PB-P6; METHODS §6.2).</summary>
public sealed record RiskShareCalculationRequest
{
    /// <summary>"proportional" (variance × contribution ÷ pool), "own-schemes" (each partner bears the variance of the
    /// schemes it leads) or "capped" (pro rata up to capPercent of the pool, the rest to capExcessTo).</summary>
    [Required]
    [MaxLength(20)]
    public string? Rule { get; init; }

    /// <summary>Each partner's contribution; the pool is their sum.</summary>
    [Required]
    [MaxLength(RiskShareCalculator.MaxPartners)]
    public IReadOnlyList<RiskShareContributionDto?>? Contributions { get; init; }

    /// <summary>What the pool spent in the year, in pounds: needed by the proportional and capped rules. Under
    /// own-schemes it is the schemes' total spend: leave it out, or give that figure.</summary>
    [Range(0, 1_000_000_000_000)]
    public decimal? Outturn { get; init; }

    /// <summary>Capped rule only: the cap as a percentage of the pool (3 means 3%), from 0 to 100.</summary>
    [Range(0, 100)]
    public decimal? CapPercent { get; init; }

    /// <summary>Capped rule only: the partner that takes the overspend above the cap, usually the host; it must
    /// contribute to the pool.</summary>
    [MaxLength(RiskShareCalculator.NameMaxLength)]
    public string? CapExcessTo { get; init; }

    /// <summary>"return" (the default: given back as the rule shares an overspend, pro rata without a cap under
    /// proportional and capped) or "carry-forward" (no share to partners; the whole underspend stays in the
    /// pool).</summary>
    [MaxLength(20)]
    public string? Underspend { get; init; }

    /// <summary>Own-schemes rule only: the schemes, each with its lead partner, budget and spend.</summary>
    [MaxLength(RiskShareCalculator.MaxSchemes)]
    public IReadOnlyList<RiskShareSchemeDto?>? Schemes { get; init; }
}

/// <summary>One partner's share: positive, it pays towards an overspend; negative, it gets part of an underspend back.
/// Working says how, in plain English.</summary>
public sealed record RiskSharePartnerResponse(string Partner, decimal Contribution, decimal Share, string Working);

/// <summary>
/// The variance (outturn − pool; positive is an overspend) and each partner's share, in pounds and pence. The shares
/// add up to the variance exactly; when an underspend is carried forward there are no shares and carriedForward is the
/// whole underspend. Rounding states the rounding rule and what it did.
/// </summary>
public sealed record RiskShareCalculationResponse(
    string Rule,
    string Underspend,
    decimal Pool,
    decimal Outturn,
    decimal Variance,
    string Direction,
    IReadOnlyList<RiskSharePartnerResponse> Shares,
    decimal CarriedForward,
    string Rounding
);
