using CareCommissioning.Domain.Common;

namespace CareCommissioning.Domain.Risks;

/// <summary>What makes a risk acceptable, in GOV.UK words; shared by the pages and the API.</summary>
public static class RiskRules
{
    public static IReadOnlyList<FieldError> Validate(RiskDetails d)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string message) => errors.Add(new FieldError(field, message));

        if (string.IsNullOrWhiteSpace(d.Title)) Fail(nameof(d.Title), "Enter a title for the risk");
        else if (d.Title.Length > Risk.TitleMaxLength) Fail(nameof(d.Title), $"Title must be {Risk.TitleMaxLength} characters or fewer");
        if (d.Description?.Length > Risk.TextMaxLength) Fail(nameof(d.Description), $"Description must be {Risk.TextMaxLength:N0} characters or fewer");
        if (d.Category is null || !Enum.IsDefined(d.Category.Value)) Fail(nameof(d.Category), "Select the category of risk");
        if (string.IsNullOrWhiteSpace(d.Owner)) Fail(nameof(d.Owner), "Enter who owns the risk");
        else if (d.Owner.Length > Risk.OwnerMaxLength) Fail(nameof(d.Owner), $"Owner must be {Risk.OwnerMaxLength} characters or fewer");
        if (d.Likelihood is not { } l || !RiskScoring.IsValidRating(l)) Fail(nameof(d.Likelihood), "Select how likely the risk is, from 1 (rare) to 5 (almost certain)");
        if (d.Impact is not { } i || !RiskScoring.IsValidRating(i)) Fail(nameof(d.Impact), "Select the impact if it happens, from 1 (negligible) to 5 (catastrophic)");

        var residualGiven = (d.ResidualLikelihood is not null, d.ResidualImpact is not null);
        if (residualGiven == (true, false)) Fail(nameof(d.ResidualImpact), "Select the impact after mitigation, or clear the likelihood after mitigation");
        if (residualGiven == (false, true)) Fail(nameof(d.ResidualLikelihood), "Select the likelihood after mitigation, or clear the impact after mitigation");
        if (d.ResidualLikelihood is { } rl && !RiskScoring.IsValidRating(rl)) Fail(nameof(d.ResidualLikelihood), "Likelihood after mitigation must be 1 to 5");
        if (d.ResidualImpact is { } ri && !RiskScoring.IsValidRating(ri)) Fail(nameof(d.ResidualImpact), "Impact after mitigation must be 1 to 5");
        if (d is { Likelihood: { } l2, Impact: { } i2, ResidualLikelihood: { } rl2, ResidualImpact: { } ri2 } &&
            RiskScoring.IsValidRating(l2) && RiskScoring.IsValidRating(i2) && RiskScoring.IsValidRating(rl2) && RiskScoring.IsValidRating(ri2) &&
            rl2 * ri2 > l2 * i2)
            Fail(nameof(d.ResidualLikelihood), $"The score after mitigation ({rl2 * ri2}) cannot be higher than the score before it ({l2 * i2})");

        if (d.Mitigation?.Length > Risk.TextMaxLength) Fail(nameof(d.Mitigation), $"Mitigation must be {Risk.TextMaxLength:N0} characters or fewer");
        if (d.Status is null || !Enum.IsDefined(d.Status.Value)) Fail(nameof(d.Status), "Select the status of the risk");
        return errors;
    }
}
