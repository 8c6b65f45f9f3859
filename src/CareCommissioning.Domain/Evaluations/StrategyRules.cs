namespace CareCommissioning.Domain.Evaluations;

/// <summary>What a strategy's answers must be: a title, an owner, dates in order, outcomes and documents within their
/// limits, and an evaluation interval with its first due date.</summary>
public static class StrategyRules
{
    public static IReadOnlyList<FieldError> Validate(Strategy s)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(s.Title),
            s.Title,
            Strategy.TitleMaxLength,
            "Enter the title of the strategy or policy",
            $"The title must be {Strategy.TitleMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(s.Owner),
            s.Owner,
            Strategy.OwnerMaxLength,
            "Enter who owns it, a person or a post",
            $"The owner must be {Strategy.OwnerMaxLength} characters or fewer"
        );
        errors.When(!Enum.IsDefined(s.Kind), nameof(s.Kind), "Select whether it is a strategy, a policy or a plan");
        errors.When(!Enum.IsDefined(s.Status), nameof(s.Status), "Select its status");
        errors.When(
            s.StartsOn is { } from && s.EndsOn is { } to && to <= from,
            nameof(s.EndsOn),
            "The end date must be after the start date"
        );
        errors.MaxLength(
            nameof(s.Summary),
            s.Summary,
            Strategy.TextMaxLength,
            $"The summary must be {Strategy.TextMaxLength} characters or fewer"
        );
        errors.When(
            s.Outcomes.Count > Strategy.MaxOutcomes,
            nameof(s.Outcomes),
            $"Give {Strategy.MaxOutcomes} outcomes or fewer"
        );
        errors.When(
            s.Outcomes.Any(o => o.Length > Strategy.OutcomeMaxLength),
            nameof(s.Outcomes),
            $"Each outcome must be {Strategy.OutcomeMaxLength} characters or fewer"
        );
        errors.When(
            s.Documents.Count > Strategy.MaxDocuments,
            nameof(s.Documents),
            $"Give {Strategy.MaxDocuments} documents or fewer"
        );
        errors.When(
            s.Documents.Any(d =>
                string.IsNullOrWhiteSpace(d.Title)
                || string.IsNullOrWhiteSpace(d.Address)
                || d.Title.Length > StrategyDocument.TitleMaxLength
                || d.Address.Length > StrategyDocument.AddressMaxLength
            ),
            nameof(s.Documents),
            $"Give each document a title of up to {StrategyDocument.TitleMaxLength} characters and where to find it, in "
                + $"up to {StrategyDocument.AddressMaxLength} characters"
        );
        errors.When(
            s.Relations.Any(r => r.StrategyId == s.Id || !Enum.IsDefined(r.Kind)),
            nameof(s.Relations),
            "A strategy cannot be related to itself; choose how each related strategy relates to it"
        );
        errors.When(
            s.Relations.Select(r => r.StrategyId).Distinct().Count() != s.Relations.Count,
            nameof(s.Relations),
            "Relate each strategy once"
        );
        if (s.EvaluationIntervalMonths is int months)
        {
            errors.When(
                months < 1 || months > Strategy.MaxIntervalMonths,
                nameof(s.EvaluationIntervalMonths),
                $"Evaluate it every 1 to {Strategy.MaxIntervalMonths} months"
            );
            errors.When(
                s.NextEvaluationDue is null,
                nameof(s.NextEvaluationDue),
                "Enter when the next evaluation is due"
            );
        }
        return errors;
    }
}
