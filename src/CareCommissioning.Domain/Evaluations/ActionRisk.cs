using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// A risk of an evaluation action as the action plan gives it (EV-P19): what could go wrong if the action is taken, or
/// if it is not, and how likely and how bad (1–5 each, the risk register's 5×5 scale). It is written into the risk
/// register as a <see cref="Risk"/> owned by the action's owner and linked back to the action.
/// </summary>
public sealed record ActionRisk(string? Description, int? Likelihood, int? Impact)
{
    /// <summary>How the risk register names the record a risk is linked to.</summary>
    public const string LinkedRecordType = "EvaluationAction";

    /// <summary>What is wrong with the risk's answers, under <paramref name="field"/> (such as
    /// "RiskOfAction").</summary>
    public IReadOnlyList<FieldError> Check(string field, bool ofAction)
    {
        var errors = new FieldErrors();
        var what = ofAction ? "taking the action" : "not taking the action";
        errors.Text(
            $"{field}.{nameof(Description)}",
            Description,
            Risk.TextMaxLength,
            $"Describe the risk of {what}",
            $"The risk of {what} must be {Risk.TextMaxLength} characters or fewer"
        );
        errors.When(
            Likelihood is not { } l || !RiskScoring.IsValidRating(l),
            $"{field}.{nameof(Likelihood)}",
            $"Select how likely the risk of {what} is, from 1 (rare) to 5 (almost certain)"
        );
        errors.When(
            Impact is not { } i || !RiskScoring.IsValidRating(i),
            $"{field}.{nameof(Impact)}",
            $"Select the impact of the risk of {what}, from 1 (negligible) to 5 (catastrophic)"
        );
        return errors;
    }

    /// <summary>Puts the checked answers on the register's risk <paramref name="risk"/> (new or held), owned by the
    /// action's owner and linked to the action.</summary>
    public void ApplyTo(Risk risk, EvaluationAction action, bool ofAction, DateTimeOffset now)
    {
        var title = (ofAction ? "If we act: " : "If we do not act: ") + action.Text.Trim();
        risk.OrganisationId = action.OrganisationId;
        risk.Title = title.Length <= Risk.TitleMaxLength ? title : title[..(Risk.TitleMaxLength - 1)] + "…";
        risk.Description = Description!.Trim();
        risk.Category = RiskCategory.Organisation;
        risk.Owner = action.Owner.Length <= Risk.OwnerMaxLength ? action.Owner : action.Owner[..Risk.OwnerMaxLength];
        risk.Likelihood = Likelihood!.Value;
        risk.Impact = Impact!.Value;
        risk.ReviewDate = action.DueOn;
        risk.LinkedRecordType = LinkedRecordType;
        risk.LinkedRecordId = action.Id;
        risk.UpdatedAt = now;
    }

    public static ActionRisk From(Risk r) => new(r.Description, r.Likelihood, r.Impact);
}
