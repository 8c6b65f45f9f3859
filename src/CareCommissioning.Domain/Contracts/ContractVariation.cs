namespace CareCommissioning.Domain.Contracts;

/// <summary>
/// A change to a contract's value or end date, proposed with a reason and decided by someone entitled to. An approved
/// variation keeps the value before and after it, so the contract's value history is the list of its approved
/// variations.
/// </summary>
public sealed class ContractVariation : IAudited, IVersioned
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public required string Reason { get; set; }

    /// <summary>Why the change is lawful and right although it takes the contract over its threshold.</summary>
    public string? Justification { get; set; }

    /// <summary>The change to the whole-life value in pounds: more (positive) or less (negative).</summary>
    public decimal ValueChange { get; set; }
    public DateOnly? NewEndDate { get; set; }
    public required string RequestedByUserId { get; set; }
    public required string RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public VariationStatus Status { get; set; } = VariationStatus.Proposed;
    public string? DecidedByUserId { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }

    /// <summary>The contract's value just before the variation was approved.</summary>
    public decimal? ValueBefore { get; set; }

    /// <summary>The contract's value once the variation was approved.</summary>
    public decimal? ValueAfter { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}
