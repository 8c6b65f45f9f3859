namespace CareCommissioning.Domain.Risks;

/// <summary>What makes a risk acceptable, in GOV.UK words; shared by the pages and the API.</summary>
public static class RiskRules
{
    public static IReadOnlyList<FieldError> Validate(RiskDetails d)
    {
        var errors = new FieldErrors();

        errors.Text(
            nameof(d.Title),
            d.Title,
            Risk.TitleMaxLength,
            "Enter a title for the risk",
            $"Title must be {Risk.TitleMaxLength} characters or fewer"
        );
        errors.MaxLength(
            nameof(d.Description),
            d.Description,
            Risk.TextMaxLength,
            $"Description must be {Risk.TextMaxLength:N0} characters or fewer"
        );
        errors.When(
            d.Category is null || !Enum.IsDefined(d.Category.Value),
            nameof(d.Category),
            "Select the category of risk"
        );
        errors.Text(
            nameof(d.Owner),
            d.Owner,
            Risk.OwnerMaxLength,
            "Enter who owns the risk",
            $"Owner must be {Risk.OwnerMaxLength} characters or fewer"
        );
        errors.When(
            d.Likelihood is not { } l || !RiskScoring.IsValidRating(l),
            nameof(d.Likelihood),
            "Select how likely the risk is, from 1 (rare) to 5 (almost certain)"
        );
        errors.When(
            d.Impact is not { } i || !RiskScoring.IsValidRating(i),
            nameof(d.Impact),
            "Select the impact if it happens, from 1 (negligible) to 5 (catastrophic)"
        );

        var residualGiven = (d.ResidualLikelihood is not null, d.ResidualImpact is not null);
        errors.When(
            residualGiven == (true, false),
            nameof(d.ResidualImpact),
            "Select the impact after mitigation, or clear the likelihood after mitigation"
        );
        errors.When(
            residualGiven == (false, true),
            nameof(d.ResidualLikelihood),
            "Select the likelihood after mitigation, or clear the impact after mitigation"
        );
        errors.When(
            d.ResidualLikelihood is { } rl && !RiskScoring.IsValidRating(rl),
            nameof(d.ResidualLikelihood),
            "Likelihood after mitigation must be 1 to 5"
        );
        errors.When(
            d.ResidualImpact is { } ri && !RiskScoring.IsValidRating(ri),
            nameof(d.ResidualImpact),
            "Impact after mitigation must be 1 to 5"
        );
        if (
            d is { Likelihood: { } l2, Impact: { } i2, ResidualLikelihood: { } rl2, ResidualImpact: { } ri2 }
            && RiskScoring.IsValidRating(l2)
            && RiskScoring.IsValidRating(i2)
            && RiskScoring.IsValidRating(rl2)
            && RiskScoring.IsValidRating(ri2)
            && rl2 * ri2 > l2 * i2
        )
            errors.Add(
                nameof(d.ResidualLikelihood),
                $"The score after mitigation ({rl2 * ri2}) cannot be higher than the score before it ({l2 * i2})"
            );

        errors.MaxLength(
            nameof(d.Mitigation),
            d.Mitigation,
            Risk.TextMaxLength,
            $"Mitigation must be {Risk.TextMaxLength:N0} characters or fewer"
        );
        errors.When(
            d.Status is null || !Enum.IsDefined(d.Status.Value),
            nameof(d.Status),
            "Select the status of the risk"
        );
        return errors;
    }
}
