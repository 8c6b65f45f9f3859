namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// A quote or option for the purchase (PU-P9): the supplier, its price and whole-life cost (both including any VAT
/// charged), and a score 0–5 with evidence for each requester-scored criterion. Scores use the 0–5 scale of METHODS
/// §3.4 (0 unacceptable, 1 poor, 2 weak, 3 satisfactory, 4 good, 5 excellent); whole-life cost is not scored by hand
/// but by a price formula.
/// </summary>
public sealed class PurchaseQuote : IAudited
{
    public const int ScoreMax = 5;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PurchaseRequestId { get; set; }
    public Guid SupplierId { get; set; }

    /// <summary>The supplier's name when the quote was recorded, for lists and reasons.</summary>
    public required string SupplierName { get; set; }
    public decimal Price { get; set; }

    /// <summary>The quote's whole-life cost, if worked out; the price stands in for it when not.</summary>
    public decimal? WholeLifeCost { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Reference { get; set; }

    /// <summary>One per scored criterion; owned by the quote (stored with it).</summary>
    public List<QuoteScore> Scores { get; set; } = [];

    public string AuditKey => Id.ToString();

    public decimal CostForScoring => WholeLifeCost ?? Price;

    public int? ScoreFor(SelectionCriterion c) => Scores.FirstOrDefault(s => s.Criterion == c)?.Score;
}

/// <summary>A 0–5 score on one criterion with the evidence for it.</summary>
public sealed class QuoteScore
{
    public SelectionCriterion Criterion { get; set; }
    public int Score { get; set; }
    public string? Evidence { get; set; }
}
