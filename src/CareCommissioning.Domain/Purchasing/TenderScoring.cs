namespace CareCommissioning.Domain.Purchasing;

public sealed record TenderCriterion(string Name, decimal Weight);

public sealed record TenderBid(string Name, decimal Price, IReadOnlyList<decimal> Scores);

/// <summary>A price/quality evaluation: price weight W plus the quality criteria weights total 100 (METHODS
/// §3.2–3.4).</summary>
public sealed record TenderScoringRequest(
    decimal PriceWeight,
    PriceMethod PriceMethod,
    decimal QualityMax,
    IReadOnlyList<TenderCriterion> Criteria,
    IReadOnlyList<TenderBid> Bids,
    decimal? ReferenceMax = null,
    decimal? ReferenceOptimal = null
);

/// <summary>One bid's result. <see cref="CriterionPoints"/> follow the request's criteria; ties share a rank (1, 1,
/// 3).</summary>
public sealed record TenderBidResult(
    string Name,
    decimal Price,
    decimal PricePoints,
    IReadOnlyList<decimal> CriterionPoints,
    decimal QualityPoints,
    decimal Total,
    int Rank
);

/// <summary>
/// Scores bids on price and quality (PU-P9; METHODS §3.3–3.4): price points by the chosen formula, quality points
/// Σ weight × score ÷ quality max, total = price + quality points, ranked highest first. Full precision; round only to
/// show.
/// </summary>
public static class TenderScoring
{
    public const int MaxBids = 200;
    public const int MaxCriteria = 50;
    public const decimal MaxPrice = 100_000_000_000m;
    public const int NameMaxLength = 200;

    public static IReadOnlyList<FieldError> Validate(TenderScoringRequest r)
    {
        var errors = new FieldErrors();
        errors.When(r.PriceWeight is < 0 or > 100, nameof(r.PriceWeight), "Price weight must be between 0 and 100");
        errors.When(
            !Enum.IsDefined(r.PriceMethod),
            nameof(r.PriceMethod),
            "Select how price is scored: lowest, mean or absolute"
        );
        errors.When(
            r.QualityMax is <= 0 or > 100,
            nameof(r.QualityMax),
            "The top quality score must be more than 0 and no more than 100"
        );
        errors.When(r.Criteria.Count > MaxCriteria, nameof(r.Criteria), $"Use {MaxCriteria} quality criteria or fewer");
        if (r.Criteria.Any(c => string.IsNullOrWhiteSpace(c.Name)))
            errors.Add(nameof(r.Criteria), "Enter a name for every quality criterion");
        else if (r.Criteria.Any(c => c.Name.Length > NameMaxLength))
            errors.Add(nameof(r.Criteria), "Criterion names must be 200 characters or fewer");
        if (r.Criteria.Any(c => c.Weight < 0))
            errors.Add(nameof(r.Criteria), "Criterion weights must be 0 or more");
        else if (r.PriceWeight + r.Criteria.Sum(c => c.Weight) != 100m)
            errors.Add(
                nameof(r.Criteria),
                $"The price weight and the criteria weights must total 100; they total {r.PriceWeight + r.Criteria.Sum(c => c.Weight):0.##}"
            );
        if (r.Bids.Count == 0)
            errors.Add(nameof(r.Bids), "Enter at least one bid");
        else if (r.Bids.Count > MaxBids)
            errors.Add(nameof(r.Bids), $"Score {MaxBids} bids or fewer at once");
        else
        {
            for (var i = 0; i < r.Bids.Count; i++)
            {
                var b = r.Bids[i];
                var name = string.IsNullOrWhiteSpace(b.Name) ? $"Bid {i + 1}" : b.Name;
                errors.Text(
                    "Bids",
                    b.Name,
                    NameMaxLength,
                    $"Enter a name for bid {i + 1}",
                    $"The name of bid {i + 1} must be 200 characters or fewer"
                );
                if (b.Price <= 0)
                    errors.Add("Bids", $"The price of {name} must be more than £0");
                else if (b.Price > MaxPrice)
                    errors.Add("Bids", $"The price of {name} must be £100,000,000,000 or less");
                if (b.Scores.Count != r.Criteria.Count)
                    errors.Add("Bids", $"Give {name} one score for each of the {r.Criteria.Count} quality criteria");
                else if (b.Scores.Any(s => s < 0 || s > r.QualityMax))
                    errors.Add("Bids", $"Every score of {name} must be between 0 and {r.QualityMax:0.##}");
            }
        }
        if (r.PriceMethod == PriceMethod.Absolute)
        {
            if (r.ReferenceMax is null || r.ReferenceOptimal is null)
                errors.Add("ReferencePrices", "The absolute method needs a maximum and an optimal price");
            else if (r.ReferenceOptimal < 0)
                errors.Add("ReferencePrices", "The optimal price must be £0 or more");
            else if (r.ReferenceMax <= r.ReferenceOptimal)
                errors.Add("ReferencePrices", "The maximum price must be more than the optimal price");
        }
        return errors;
    }

    /// <summary>The scored and ranked bids, in the order given; throws <see cref="ArgumentException"/> when
    /// invalid.</summary>
    public static IReadOnlyList<TenderBidResult> Score(TenderScoringRequest r)
    {
        var errors = Validate(r);
        if (errors.Count > 0)
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")), nameof(r));
        var pricePoints = PriceScoring.Score(
            r.PriceMethod,
            r.PriceWeight,
            r.Bids.Select(b => b.Price).ToList(),
            r.ReferenceMax,
            r.ReferenceOptimal
        );
        var scored = r
            .Bids.Select(
                (b, i) =>
                {
                    var criterionPoints = r.Criteria.Select((c, j) => c.Weight * b.Scores[j] / r.QualityMax).ToList();
                    var quality = criterionPoints.Sum();
                    return (
                        Bid: b,
                        Price: pricePoints[i],
                        Criteria: criterionPoints,
                        Quality: quality,
                        Total: pricePoints[i] + quality
                    );
                }
            )
            .ToList();
        var ranks = Ranks(scored.Select(s => s.Total).ToList());
        return scored
            .Select(
                (s, i) =>
                    new TenderBidResult(s.Bid.Name, s.Bid.Price, s.Price, s.Criteria, s.Quality, s.Total, ranks[i])
            )
            .ToList();
    }

    /// <summary>
    /// Competition ranking, highest first: equal totals share a rank and the next rank skips (1, 1, 3). Totals are
    /// compared to 20 decimal places so two routes to the same fraction tie.
    /// </summary>
    public static IReadOnlyList<int> Ranks(IReadOnlyList<decimal> totals)
    {
        var keys = totals.Select(t => Math.Round(t, 20)).ToList();
        return keys.Select(k => 1 + keys.Count(other => other > k)).ToList();
    }
}
