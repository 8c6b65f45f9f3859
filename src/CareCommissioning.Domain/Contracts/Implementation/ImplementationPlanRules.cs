using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>What an implementation plan, its activities, a change, a share and a reflection must hold.</summary>
public static class ImplementationPlanRules
{
    public static IReadOnlyList<FieldError> Validate(PlanDetails d)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(d.Summary),
            d.Summary,
            ImplementationPlan.TextMaxLength,
            "Enter how the plan will achieve the contract's priority outcomes",
            $"How the plan will achieve the outcomes must be {ImplementationPlan.TextMaxLength} characters or fewer"
        );
        errors.MaxLength(
            nameof(d.Resources),
            d.Resources,
            ImplementationPlan.TextMaxLength,
            $"Resources must be {ImplementationPlan.TextMaxLength} characters or fewer"
        );
        foreach (var e in ContingencySpend.Validate(d.ContingencyBudget, d.ContingencySpent))
            errors.Add(e.Field == "Budget" ? nameof(d.ContingencyBudget) : nameof(d.ContingencySpent), e.Message);
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(ActivityDetails d, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(d.Title),
            d.Title,
            PlanActivity.TitleMaxLength,
            "Enter what the activity is",
            $"The activity must be {PlanActivity.TitleMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(d.Owner),
            d.Owner,
            PlanActivity.TitleMaxLength,
            "Enter who owns the activity",
            $"The owner must be {PlanActivity.TitleMaxLength} characters or fewer"
        );
        foreach (
            var (field, value) in new[]
            {
                (nameof(d.Resources), d.Resources),
                (nameof(d.RegulatoryRequirement), d.RegulatoryRequirement),
                (nameof(d.Contingency), d.Contingency),
            }
        )
            errors.MaxLength(
                field,
                value,
                PlanActivity.TextMaxLength,
                $"Must be {PlanActivity.TextMaxLength} characters or fewer"
            );
        if (errors.When(d.DueDate is null, nameof(d.DueDate), "Enter the date it is due"))
            return errors;
        errors.When(
            d.StartDate > d.DueDate,
            nameof(d.StartDate),
            "The start date must be the same as or before the date it is due"
        );
        foreach (
            var e in MilestoneSlippage.Validate(
                new PlanMilestone(d.Title ?? "", d.DueDate!.Value, d.ForecastDate, d.DoneDate, d.ToleranceDays),
                today
            )
        )
            if (e.Field != nameof(PlanMilestone.Name))
                errors.Add(
                    e.Field == nameof(PlanMilestone.Actual) ? nameof(d.DoneDate) : nameof(d.ToleranceDays),
                    e.Message
                );
        return errors;
    }

    /// <summary>A change to a shared version needs its reason, which is kept with the new version.</summary>
    public static IReadOnlyList<FieldError> ValidateReason(ImplementationPlan plan, string? reason)
    {
        var errors = new FieldErrors();
        if (
            errors.When(
                plan.ChangeStartsNewVersion && string.IsNullOrWhiteSpace(reason),
                "Reason",
                $"Enter why the plan is changing: version {plan.PlanVersion} has been shared, so this change makes "
                    + $"version {plan.PlanVersion + 1}"
            )
        )
            return errors;
        errors.MaxLength(
            "Reason",
            reason,
            PlanChange.TextMaxLength,
            $"The reason must be {PlanChange.TextMaxLength} characters or fewer"
        );
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateShare(string? recipients, PlanFormats formats)
    {
        var errors = new FieldErrors();
        errors.Text(
            "Recipients",
            recipients,
            PlanShare.RecipientsMaxLength,
            "Enter who the plan was shared with",
            $"Who it was shared with must be {PlanShare.RecipientsMaxLength} characters or fewer"
        );
        errors.When(formats == PlanFormats.None, "Formats", "Select how the plan was shared");
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateReflection(string? wentWell, string? areas, string? actions)
    {
        var errors = new FieldErrors();
        var max = ImplementationPlan.TextMaxLength;
        var tooLong = $"Must be {max} characters or fewer";
        errors.Text("WhatWentWell", wentWell, max, "Enter what went well in planning the implementation", tooLong);
        errors.Text("AreasForDevelopment", areas, max, "Enter the areas for development you found", tooLong);
        errors.MaxLength("Actions", actions, max, tooLong);
        return errors;
    }
}
