namespace CareCommissioning.Domain.Purchasing;

/// <summary>The criteria for judging the purchasing process itself (PU-P8), chosen from this list.</summary>
public enum ProcessMeasureKind
{
    /// <summary>Target: at most this many days from submitting the request to issuing the order.</summary>
    DaysFromRequestToOrder = 1,

    /// <summary>Target: at least this percentage of the quotes required were obtained.</summary>
    QuotesObtainedAgainstRequired = 2,

    /// <summary>Target: 1 means the purchase must comply with the rules.</summary>
    RuleCompliance = 3,

    /// <summary>Target: at least this satisfaction, 1 to 5, as the requester rates it.</summary>
    RequesterSatisfaction = 4,
}

/// <summary>A process criterion chosen at planning time with its target, measured at evaluation (PU-P8, P12).</summary>
public sealed class ProcessMeasure
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PurchaseRequestId { get; set; }
    public ProcessMeasureKind Kind { get; set; }
    public decimal Target { get; set; }
}
