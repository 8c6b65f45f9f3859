namespace CareCommissioning.Domain.Partnerships;

public enum PoolContributionKind
{
    Cash = 1,

    /// <summary>Staff, premises or services given instead of money, valued in pounds.</summary>
    InKind,
}

/// <summary>
/// What one partner puts into the partnership in one financial year (PB-P5): cash or in kind, with what it is (the
/// minimum NHS contribution, the Disabled Facilities Grant, staff). Years after the current one are future
/// contributions, planned rather than committed.
/// </summary>
public sealed class PartnershipContribution : IAudited, IVersioned
{
    public const int DescriptionMaxLength = 200;
    public const decimal MaxAmount = 10_000_000_000m;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }

    /// <summary>The partner (a <see cref="PartnershipPartner"/>) contributing.</summary>
    public Guid PartnerId { get; set; }

    /// <summary>The financial year, by the year it starts (2026 for 2026/27).</summary>
    public int Year { get; set; }
    public PoolContributionKind Kind { get; set; } = PoolContributionKind.Cash;
    public decimal Amount { get; set; }
    public required string Description { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}
