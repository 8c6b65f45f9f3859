namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// The order placed with the chosen supplier (PU-P11) and, later, its receipt: the date, the actual cost and the
/// quality delivered (K4: monitoring costs after the agreement to purchase).
/// </summary>
public sealed class PurchaseOrder : IAudited, IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid PurchaseRequestId { get; set; }

    /// <summary>Per organisation, like PO-2026-000123; see <see cref="OrderNumber"/>.</summary>
    public required string Number { get; set; }
    public DateOnly IssuedOn { get; set; }
    public required string IssuedByUserId { get; set; }
    public Guid SupplierId { get; set; }
    public Guid? QuoteId { get; set; }

    /// <summary>The amount ordered, including any VAT charged.</summary>
    public decimal Amount { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    /// <summary>What was actually paid for the purchase itself, including any VAT charged.</summary>
    public decimal? ActualCost { get; set; }
    public string? QualityDeliveredNote { get; set; }

    /// <summary>1 (very poor) to 5 (excellent).</summary>
    public int? QualityDeliveredRating { get; set; }

    public string AuditKey => Id.ToString();

    public bool IsReceived => ReceivedOn is not null && ActualCost is not null;
}
