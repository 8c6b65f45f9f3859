using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// What each part of a contract design must say (CD-P8…P13), and what is still missing before the design is ready. Each
/// check returns errors naming the field as the form names it (<c>Agreements[1].Method</c>), in plain English.
/// </summary>
public static class ContractDesignRules
{
    /// <summary>The title and the outcomes covered: at least one, each a recommended outcome of the
    /// organisation.</summary>
    public static IReadOnlyList<FieldError> Outline(
        string? title,
        IReadOnlyCollection<Guid> outcomeIds,
        IReadOnlyCollection<Guid> recommended
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            "Title",
            title,
            ContractDesign.TitleMaxLength,
            "Enter a title for the contract design",
            $"The title must be {ContractDesign.TitleMaxLength} characters or fewer"
        );
        if (!errors.When(outcomeIds.Count == 0, "OutcomeIds", "Choose the priority outcomes the contract is for"))
            errors.When(
                outcomeIds.Any(id => !recommended.Contains(id)),
                "OutcomeIds",
                "Choose outcomes recommended for a contract: recommend an outcome on its page first"
            );
        return errors;
    }

    /// <summary>When and how the outcomes will be agreed with providers (CD-P8): a way at one stage at least, a way
    /// for every stage with a date, and the dates in the order of the stages.</summary>
    public static IReadOnlyList<FieldError> Agreements(IReadOnlyList<OutcomeAgreementEntry> entries)
    {
        var errors = new FieldErrors();
        DateOnly? previous = null;
        AgreementStage? previousStage = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var stage = AgreementStageNames.Display(e.Stage).ToLowerInvariant();
            errors.When(
                e.PlannedOn is not null && string.IsNullOrWhiteSpace(e.Method),
                $"Agreements[{i}].Method",
                $"Say how the outcomes will be agreed with providers at {stage}, or remove its date"
            );
            errors.MaxLength(
                $"Agreements[{i}].Method",
                e.Method,
                ContractDesign.TextMaxLength,
                $"This must be {ContractDesign.TextMaxLength:N0} characters or fewer"
            );
            if (e.PlannedOn is { } on)
            {
                if (previous is { } before && on < before && previousStage is { } earlier)
                    errors.Add(
                        $"Agreements[{i}].PlannedOn",
                        $"The {stage} date must be on or after the "
                            + $"{AgreementStageNames.Display(earlier).ToLowerInvariant()} date"
                    );
                (previous, previousStage) = (on, e.Stage);
            }
        }
        errors.When(
            entries.All(e => string.IsNullOrWhiteSpace(e.Method)),
            "Agreements[0].Method",
            "Say how the outcomes will be agreed with providers at one stage at least"
        );
        return errors;
    }

    /// <summary>The approaches analysed (CD-P9): each with its benefits and drawbacks, one of the newer approaches
    /// among them, and at least one chosen.</summary>
    public static IReadOnlyList<FieldError> Approaches(IReadOnlyList<DesignApproachEntry> entries)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!e.Entered)
                continue;
            var name =
                e.Approach == ContractApproach.Other
                    ? "the other approach"
                    : ContractApproachNames.Display(e.Approach).ToLowerInvariant();
            if (e.Approach == ContractApproach.Other)
                errors.Text(
                    $"Approaches[{i}].Name",
                    e.Name,
                    ContractDesign.LineMaxLength,
                    "Name the other approach",
                    $"The name must be {ContractDesign.LineMaxLength} characters or fewer"
                );
            errors.Text(
                $"Approaches[{i}].Benefits",
                e.Benefits,
                ContractDesign.TextMaxLength,
                $"Enter the benefits of {name}",
                $"This must be {ContractDesign.TextMaxLength:N0} characters or fewer"
            );
            errors.Text(
                $"Approaches[{i}].Drawbacks",
                e.Drawbacks,
                ContractDesign.TextMaxLength,
                $"Enter the drawbacks of {name}",
                $"This must be {ContractDesign.TextMaxLength:N0} characters or fewer"
            );
        }
        var newer = entries.Select((e, i) => (e, i)).Where(x => ContractApproachNames.IsNewer(x.e.Approach)).ToList();
        if (newer.Count > 0)
            errors.When(
                !newer.Any(x => x.e.Entered),
                $"Approaches[{newer[0].i}].Benefits",
                "Consider at least one newer approach: outcomes-based payment, individual service funds or an "
                    + "alliance contract"
            );
        errors.When(
            entries.Count > 0 && !entries.Any(e => e.Chosen),
            "ChosenApproaches",
            "Choose the approach, or approaches, the contract will take"
        );
        return errors;
    }

    /// <summary>The cost of achieving each outcome (CD-P10): an outcome left blank is not costed yet; one started
    /// needs its unit, a unit cost, the units a year and the years.</summary>
    public static IReadOnlyList<FieldError> Costs(IReadOnlyList<OutcomeCostEntry> entries)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!e.Entered)
                continue;
            var p = $"Costs[{i}]";
            errors.Text(
                $"{p}.Unit",
                e.Unit,
                ContractDesign.LineMaxLength,
                $"Enter the unit the cost of '{e.OutcomeTitle}' is counted in, for example an hour of care",
                $"The unit must be {ContractDesign.LineMaxLength} characters or fewer"
            );
            if (!errors.When(e.UnitCost is null, $"{p}.UnitCost", $"Enter the cost of a unit for '{e.OutcomeTitle}'"))
                errors.Range(
                    $"{p}.UnitCost",
                    e.UnitCost,
                    0.01m,
                    ContractProvision.MaxAmount,
                    "The unit cost must be more than £0"
                );
            if (
                !errors.When(
                    e.UnitsPerYear is null,
                    $"{p}.UnitsPerYear",
                    $"Enter how many units a year '{e.OutcomeTitle}' needs"
                )
            )
                errors.Range(
                    $"{p}.UnitsPerYear",
                    e.UnitsPerYear,
                    0.01m,
                    100_000_000m,
                    "The units a year must be more than 0"
                );
            if (!errors.When(e.Years is null, $"{p}.Years", $"Enter how many years '{e.OutcomeTitle}' is paid for"))
                errors.Range(
                    $"{p}.Years",
                    e.Years,
                    1,
                    OutcomeCost.MaxYears,
                    $"The years must be from 1 to {OutcomeCost.MaxYears}"
                );
            errors.Range(
                $"{p}.FairCostRate",
                e.FairCostRate,
                0.01m,
                ContractProvision.MaxAmount,
                "The fair cost of care rate must be more than £0"
            );
        }
        return errors;
    }

    /// <summary>The contract objectives (CD-P11): one at least, and each with the most effective way to achieve
    /// it.</summary>
    public static IReadOnlyList<FieldError> Objectives(
        IReadOnlyList<ContractObjectiveEntry> entries,
        string? implementation
    )
    {
        var errors = new FieldErrors();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var category = ObjectiveCategoryNames.Display(e.Category).ToLowerInvariant();
            errors.When(
                string.IsNullOrWhiteSpace(e.Objective) && !string.IsNullOrWhiteSpace(e.HowAchieved),
                $"Objectives[{i}].Objective",
                $"Enter the {category} objective the way to achieve it is for"
            );
            errors.When(
                !string.IsNullOrWhiteSpace(e.Objective) && string.IsNullOrWhiteSpace(e.HowAchieved),
                $"Objectives[{i}].HowAchieved",
                $"Enter the most effective way to achieve the {category} objective"
            );
            errors.MaxLength(
                $"Objectives[{i}].Objective",
                e.Objective,
                ContractDesign.TextMaxLength,
                $"This must be {ContractDesign.TextMaxLength:N0} characters or fewer"
            );
            errors.MaxLength(
                $"Objectives[{i}].HowAchieved",
                e.HowAchieved,
                ContractDesign.TextMaxLength,
                $"This must be {ContractDesign.TextMaxLength:N0} characters or fewer"
            );
        }
        errors.When(
            entries.Count > 0
                && entries.All(e => string.IsNullOrWhiteSpace(e.Objective) && string.IsNullOrWhiteSpace(e.HowAchieved)),
            "Objectives[0].Objective",
            "Enter one contract objective at least"
        );
        errors.MaxLength(
            "Implementation",
            implementation,
            ContractDesign.TextMaxLength,
            $"This must be {ContractDesign.TextMaxLength:N0} characters or fewer"
        );
        return errors;
    }

    /// <summary>The recommended contract type (CD-P12): a reason is needed where it departs from the advice; a CPV
    /// code, where given, must be on the CPV 2008 list (eight digits, with or without the check digit).</summary>
    public static IReadOnlyList<FieldError> ContractType(
        ContractType? chosen,
        string? reason,
        string? cpvCode,
        TypeAdvice advice
    )
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrWhiteSpace(cpvCode) && CpvCatalogue.Standard.Check(cpvCode, "CpvCode") is { } cpv)
            errors.Add(cpv);
        errors.When(chosen is null, "RecommendedType", "Select the contract type you recommend");
        if (chosen is { } type && advice.Departure(type) is { } departure)
            errors.Required("TypeReason", reason, $"Give a reason for recommending this type. {departure}");
        errors.MaxLength(
            "TypeReason",
            reason,
            ContractDesign.TextMaxLength,
            $"This must be {ContractDesign.TextMaxLength:N0} characters or fewer"
        );
        return errors;
    }

    /// <summary>A contractual provision (CD-P13): its kind, title and wording; an incentive or deduction worth an
    /// amount or a percentage (one, not both); a milestone's date; a performance measure's outcome; any outcome one of
    /// the design's.</summary>
    public static IReadOnlyList<FieldError> Provision(ProvisionDetails d, IReadOnlyCollection<Guid> designOutcomes)
    {
        var errors = new FieldErrors();
        errors.When(d.Kind is null, nameof(d.Kind), "Select the kind of provision");
        errors.Text(
            nameof(d.Title),
            d.Title,
            ContractProvision.TitleMaxLength,
            "Enter a heading for the provision",
            $"The heading must be {ContractProvision.TitleMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(d.Text),
            d.Text,
            ContractProvision.TextMaxLength,
            "Enter the wording of the provision",
            $"The wording must be {ContractProvision.TextMaxLength:N0} characters or fewer"
        );
        errors.When(
            d.OutcomeId is { } outcome && !designOutcomes.Contains(outcome),
            nameof(d.OutcomeId),
            "Choose one of the design's outcomes"
        );
        if (d.Kind is not { } kind)
            return errors;
        var noun = ProvisionKindNames.Display(kind).ToLowerInvariant();
        if (ProvisionKindNames.HasWorth(kind))
        {
            if (
                !errors.When(
                    d.Amount is null && d.Percentage is null,
                    nameof(d.Amount),
                    $"Enter what the {noun} is worth: an amount or a percentage of the payment"
                )
            )
                errors.When(
                    d.Amount is not null && d.Percentage is not null,
                    nameof(d.Percentage),
                    "Enter an amount or a percentage, not both"
                );
            errors.Range(
                nameof(d.Amount),
                d.Amount,
                0.01m,
                ContractProvision.MaxAmount,
                "The amount must be more than £0"
            );
            errors.Range(
                nameof(d.Percentage),
                d.Percentage,
                0.01m,
                100m,
                "The percentage must be more than 0 and no more than 100"
            );
        }
        else
            errors.When(
                d.Amount is not null || d.Percentage is not null,
                d.Amount is not null ? nameof(d.Amount) : nameof(d.Percentage),
                "Only an incentive or a deduction is worth an amount or a percentage: remove it"
            );
        errors.When(
            kind == ProvisionKind.Milestone && d.Date is null,
            nameof(d.Date),
            "Enter the date of the milestone"
        );
        errors.When(
            kind == ProvisionKind.PerformanceMeasure && d.OutcomeId is null,
            nameof(d.OutcomeId),
            "Choose the outcome the performance measure is for"
        );
        return errors;
    }

    /// <summary>
    /// What the design still needs before it is ready (CD-P13), in plain English, in a fixed order: outcomes, then a
    /// performance measure for each outcome without one, then payment terms, safeguarding, data protection and
    /// termination provisions. Empty when it is ready.
    /// </summary>
    public static IReadOnlyList<string> Missing(
        IReadOnlyList<(Guid Id, string Title)> outcomes,
        IReadOnlyCollection<ContractProvision> provisions
    )
    {
        var missing = new List<string>();
        if (outcomes.Count == 0)
            missing.Add("The priority outcomes the contract is for");
        foreach (var (id, title) in outcomes)
            if (!provisions.Any(p => p.Kind == ProvisionKind.PerformanceMeasure && p.OutcomeId == id))
                missing.Add($"A performance measure for the outcome '{title}'");
        foreach (
            var (kind, words) in new[]
            {
                (ProvisionKind.PaymentTerms, "Payment terms"),
                (ProvisionKind.Safeguarding, "A safeguarding provision"),
                (ProvisionKind.DataProtection, "A data protection provision"),
                (ProvisionKind.Termination, "Termination provisions"),
            }
        )
            if (!provisions.Any(p => p.Kind == kind))
                missing.Add(words);
        return missing;
    }
}
