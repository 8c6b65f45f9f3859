namespace CareCommissioning.Domain.Purchasing;

/// <summary>A quote's weighted result: points per criterion (out of its weight), total out of 100, rank, and the
/// reasons in words.</summary>
public sealed record RankedQuote(
    Guid QuoteId,
    Guid SupplierId,
    string SupplierName,
    IReadOnlyDictionary<SelectionCriterion, decimal> Points,
    decimal Total,
    int Rank,
    string Reasons
);

/// <summary>
/// Finds the most suitable supplier (PU-P9): whole-life cost (the price when no whole-life cost is given) is scored
/// with the request's METHODS §3.3 formula at the whole-life-cost weight; the other criteria score weight × score ÷ 5.
/// This is
/// <see cref="TenderScoring"/> with whole-life cost as the price.
/// </summary>
public static class QuoteRanking
{
    public static IReadOnlyList<FieldError> Validate(PurchaseRequest r)
    {
        var errors = new FieldErrors();
        errors.When(
            r.Weights.Total != 100,
            nameof(r.Weights),
            $"The weights must total 100; they total {r.Weights.Total}"
        );
        errors.When(r.Quotes.Count == 0, nameof(r.Quotes), "Record at least one quote");
        foreach (var q in r.Quotes)
        {
            var missing = SupplierSelectionWeights
                .Scored.Where(c => r.Weights.For(c) > 0 && q.ScoreFor(c) is null)
                .ToList();
            if (missing.Count > 0)
                errors.Add(
                    "Quotes",
                    $"Score {q.SupplierName}'s quote on {string.Join(" and ", missing.Select(SelectionCriterionNames.Display))}"
                );
        }
        return errors;
    }

    /// <summary>The quotes ranked, best first; ties share a rank. Throws when <see cref="Validate"/> finds
    /// problems.</summary>
    public static IReadOnlyList<RankedQuote> Rank(PurchaseRequest r)
    {
        var errors = Validate(r);
        if (errors.Count > 0)
            throw new ArgumentException(string.Join("; ", errors.Select(e => e.Message)), nameof(r));
        var criteria = SupplierSelectionWeights
            .Scored.Select(c => new TenderCriterion(SelectionCriterionNames.Display(c), r.Weights.For(c)))
            .ToList();
        var bids = r
            .Quotes.Select(q => new TenderBid(
                q.SupplierName,
                q.CostForScoring,
                SupplierSelectionWeights.Scored.Select(c => (decimal)(q.ScoreFor(c) ?? 0)).ToList()
            ))
            .ToList();
        var method = r.CostScoring == PriceMethod.Mean ? PriceMethod.Mean : PriceMethod.Lowest;
        var results = TenderScoring.Score(new(r.Weights.WholeLifeCost, method, PurchaseQuote.ScoreMax, criteria, bids));
        return r
            .Quotes.Select(
                (q, i) =>
                {
                    var res = results[i];
                    var points = new Dictionary<SelectionCriterion, decimal>
                    {
                        [SelectionCriterion.WholeLifeCost] = res.PricePoints,
                    };
                    for (var j = 0; j < SupplierSelectionWeights.Scored.Count; j++)
                        points[SupplierSelectionWeights.Scored[j]] = res.CriterionPoints[j];
                    return new RankedQuote(
                        q.Id,
                        q.SupplierId,
                        q.SupplierName,
                        points,
                        res.Total,
                        res.Rank,
                        Reasons(q.SupplierName, points, res.Total, res.Rank, r.Weights)
                    );
                }
            )
            .OrderBy(x => x.Rank)
            .ToList();
    }

    /// <summary>"… is the most suitable supplier with 84.5 of 100 points; its strongest criteria were quality (27 of
    /// 30) and …".</summary>
    private static string Reasons(
        string name,
        IReadOnlyDictionary<SelectionCriterion, decimal> points,
        decimal total,
        int rank,
        SupplierSelectionWeights weights
    )
    {
        var strongest = points
            .Where(p => weights.For(p.Key) > 0)
            .OrderByDescending(p => p.Value / weights.For(p.Key))
            .ThenByDescending(p => weights.For(p.Key))
            .Take(2)
            .Select(p => $"{SelectionCriterionNames.Display(p.Key)} ({p.Value:0.#} of {weights.For(p.Key)})")
            .ToList();
        var lead = rank == 1 ? $"{name} is the most suitable supplier" : $"{name} comes {Ordinal(rank)}";
        return $"{lead}, with {total:0.#} of 100 points. Its strongest {(strongest.Count == 1 ? "criterion was" : "criteria were")} {string.Join(" and ", strongest)}.";
    }

    private static string Ordinal(int n) =>
        (n % 100) switch
        {
            11 or 12 or 13 => $"{n}th",
            _ => (n % 10) switch
            {
                1 => $"{n}st",
                2 => $"{n}nd",
                3 => $"{n}rd",
                _ => $"{n}th",
            },
        };
}
