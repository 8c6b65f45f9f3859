using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// What a contract outcome must say (CD-P1…P7), and how a decided appraisal's outcomes become contract outcomes: the
/// people who agreed an entered outcome and when; an indicator for a target; a conflict resolved only with who
/// decided and when; and an outcome recommended for the contract only once it can be measured, its implications are
/// assessed and it says how it will be specified and evidenced.
/// </summary>
public static class ContractOutcomeRules
{
    public static IReadOnlyList<FieldError> Validate(ContractOutcomeDetails d, OutcomeSource source, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(d.Title),
            d.Title,
            ContractOutcome.TitleMaxLength,
            "Enter the outcome: the difference the service should make to people's lives",
            $"The outcome must be {ContractOutcome.TitleMaxLength} characters or fewer"
        );
        if (source == OutcomeSource.Entered)
        {
            errors.Required(
                nameof(d.AgreedWith),
                d.AgreedWith,
                "Enter who agreed the outcome: the people who use services, key people or communities, and how"
            );
            errors.When(d.AgreedOn is null, nameof(d.AgreedOn), "Enter the date the outcome was agreed");
        }
        errors.When(
            d.AgreedOn is { } agreed && agreed > today,
            nameof(d.AgreedOn),
            "The date it was agreed must be today or in the past"
        );
        errors.When(
            !string.IsNullOrWhiteSpace(d.Target) && string.IsNullOrWhiteSpace(d.Indicator),
            nameof(d.Indicator),
            "Enter the indicator the target is for"
        );
        Conflict(d, today, errors);
        if (d.Recommended)
        {
            errors.When(
                string.IsNullOrWhiteSpace(d.Indicator) || string.IsNullOrWhiteSpace(d.Target),
                string.IsNullOrWhiteSpace(d.Indicator) ? nameof(d.Indicator) : nameof(d.Target),
                "An outcome recommended for the contract needs an indicator and a target, so it can be monitored"
            );
            errors.When(
                new[]
                {
                    d.CostImplications,
                    d.ResourceImplications,
                    d.RiskImplications,
                    d.SustainabilityImplications,
                }.Any(string.IsNullOrWhiteSpace),
                nameof(d.CostImplications),
                "Assess the cost, resource, risk and sustainability implications before recommending the outcome"
            );
            errors.Required(
                nameof(d.HowSpecified),
                d.HowSpecified,
                "Say how the outcome will be specified in the contract"
            );
            errors.Required(nameof(d.HowEvidenced), d.HowEvidenced, "Say how the provider will evidence the outcome");
            errors.When(
                !string.IsNullOrWhiteSpace(d.Conflict) && string.IsNullOrWhiteSpace(d.Resolution),
                nameof(d.Resolution),
                "Resolve the conflict before recommending the outcome"
            );
        }
        foreach (
            var (field, value) in new[]
            {
                (nameof(d.AgreedWith), d.AgreedWith),
                (nameof(d.Indicator), d.Indicator),
                (nameof(d.Target), d.Target),
                (nameof(d.ResolvedBy), d.ResolvedBy),
            }
        )
            errors.MaxLength(
                field,
                value,
                ContractOutcome.LineMaxLength,
                $"This must be {ContractOutcome.LineMaxLength} characters or fewer"
            );
        foreach (
            var (field, value) in new[]
            {
                (nameof(d.CostImplications), d.CostImplications),
                (nameof(d.ResourceImplications), d.ResourceImplications),
                (nameof(d.RiskImplications), d.RiskImplications),
                (nameof(d.SustainabilityImplications), d.SustainabilityImplications),
                (nameof(d.Conflict), d.Conflict),
                (nameof(d.Resolution), d.Resolution),
                (nameof(d.HowSpecified), d.HowSpecified),
                (nameof(d.HowEvidenced), d.HowEvidenced),
            }
        )
            errors.MaxLength(
                field,
                value,
                ContractOutcome.TextMaxLength,
                $"This must be {ContractOutcome.TextMaxLength:N0} characters or fewer"
            );
        return errors;
    }

    /// <summary>A resolution needs the conflict it resolves, who decided and when (within their delegated authority,
    /// which the person recording it vouches for).</summary>
    private static void Conflict(ContractOutcomeDetails d, DateOnly today, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(d.Resolution))
            return;
        errors.Required(nameof(d.Conflict), d.Conflict, "Describe the conflict the resolution settles");
        errors.Required(nameof(d.ResolvedBy), d.ResolvedBy, "Enter who decided how the conflict was resolved");
        errors.When(d.ResolvedOn is null, nameof(d.ResolvedOn), "Enter the date the conflict was resolved");
        errors.When(
            d.ResolvedOn is { } on && on > today,
            nameof(d.ResolvedOn),
            "The date it was resolved must be today or in the past"
        );
    }

    /// <summary>
    /// The outcomes of a decided appraisal as contract outcomes of its organisation: each keeps its
    /// measure as the indicator, and records that it was agreed through the appraisal's engagement and decision, on the
    /// day of the decision. Null when the appraisal is not decided.
    /// </summary>
    public static IReadOnlyList<ContractOutcome>? FromAppraisal(Appraisal appraisal, DateTimeOffset now)
    {
        if (appraisal.Status != AppraisalStatus.Decided || appraisal.Content.Decision is not { } decision)
            return null;
        var agreedOn = UkCalendar.DateOf(decision.DecidedAt);
        var engaged =
            appraisal.Content.Engagement.InvitedOrganisationIds.Count > 0
                ? $"the engagement on the options appraisal \"{appraisal.Title}\", and the decision by {decision.DecidedBy}"
                : $"the decision on the options appraisal \"{appraisal.Title}\" by {decision.DecidedBy}";
        return appraisal
            .Content.Outcomes.Where(o => !string.IsNullOrWhiteSpace(o.Outcome))
            .Select(o => new ContractOutcome
            {
                OrganisationId = appraisal.OrganisationId,
                Title = Cut(o.Outcome.Trim(), ContractOutcome.TitleMaxLength),
                Source = OutcomeSource.Appraisal,
                AppraisalId = appraisal.Id,
                AppraisalOutcomeId = o.Id,
                AgreedWith = Cut("Agreed through " + engaged, ContractOutcome.LineMaxLength),
                AgreedOn = agreedOn,
                Indicator = string.IsNullOrWhiteSpace(o.Measure)
                    ? null
                    : Cut(o.Measure.Trim(), ContractOutcome.LineMaxLength),
                CreatedAt = now,
                UpdatedAt = now,
            })
            .ToList();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
