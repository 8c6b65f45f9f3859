namespace CareCommissioning.Domain.Resources;

/// <summary>
/// The viability of a funding opportunity: scores 0–5 on weighted criteria give a percentage; 60% or more is viable.
/// Only a viable opportunity may be counted as potential resource (OA-P5).
/// </summary>
public static class FundingViability
{
    public const decimal ViableFrom = 0.6m;

    public static readonly IReadOnlyList<(string Name, string Question, int Weight)> Criteria =
    [
        ("Strategic fit", "How well does it fit the outcomes and priorities?", 30),
        ("Conditions", "Can we meet its conditions and reporting?", 20),
        ("Match funding", "Can we afford the match funding?", 20),
        ("Deadline", "Can we bid well before the deadline?", 10),
        ("Sustainability", "Can what it pays for carry on when it ends?", 20),
    ];

    /// <summary>Σ weight × score ÷ (5 × Σ weight), or null until every criterion is scored.</summary>
    public static decimal? Score(IReadOnlyList<int> scores) =>
        scores.Count != Criteria.Count
            ? null
            : Criteria.Select((c, i) => c.Weight * (decimal)scores[i]).Sum() / (5m * Criteria.Sum(c => c.Weight));

    public static bool IsViable(IReadOnlyList<int> scores) => Score(scores) is { } s && s >= ViableFrom;

    public static IReadOnlyList<FieldError> Validate(FundingOpportunity f)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(f.Name),
            f.Name,
            FundingOpportunity.NameMaxLength,
            "Enter the name of the opportunity",
            "Name must be 200 characters or fewer"
        );
        errors.Text(
            nameof(f.Funder),
            f.Funder,
            FundingOpportunity.NameMaxLength,
            "Enter who gives the money",
            "Funder must be 200 characters or fewer"
        );
        if (f.Amount <= 0)
            errors.Add(nameof(f.Amount), "Amount must be more than £0");
        else if (f.Amount > 10_000_000_000m)
            errors.Add(nameof(f.Amount), "Amount must be £10,000,000,000 or less");
        errors.When(f.Likelihood is < 0 or > 1, nameof(f.Likelihood), "Likelihood must be between 0% and 100%");
        if (f.MatchFunding < 0)
            errors.Add(nameof(f.MatchFunding), "Match funding must be £0 or more");
        else if (f.MatchFunding > f.Amount && f.Amount > 0)
            errors.Add(nameof(f.MatchFunding), "Match funding cannot be more than the amount");
        errors.MaxLength(
            nameof(f.Conditions),
            f.Conditions,
            FundingOpportunity.TextMaxLength,
            "Conditions must be 2,000 characters or fewer"
        );
        errors.When(
            !Enum.IsDefined(f.Recurrence),
            nameof(f.Recurrence),
            "Select whether it is paid once or every year"
        );
        errors.When(
            f.FirstYear is < 2000 or > 2100,
            nameof(f.FirstYear),
            "Enter the first financial year it would pay, like 2027/28"
        );
        errors.When(
            f.Recurrence == FundingRecurrence.Annual && f.Years is < 1 or > 10,
            nameof(f.Years),
            "An annual grant must pay for between 1 and 10 years"
        );
        if (
            f.ViabilityScores.Count is not 0
            && (f.ViabilityScores.Count != Criteria.Count || f.ViabilityScores.Any(s => s is < 0 or > 5))
        )
            errors.Add(nameof(f.ViabilityScores), "Score every viability criterion from 0 to 5");
        if (f.CountAsPotentialResource && !IsViable(f.ViabilityScores))
            errors.Add(
                nameof(f.CountAsPotentialResource),
                "Only an opportunity assessed as viable (60% or more) can be counted as potential resource"
            );
        return errors;
    }
}
