using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>The plan's own answers as typed, with the reason for a change and the version it was read at.</summary>
public sealed class PlanForm
{
    public string? Summary { get; set; }
    public string? Resources { get; set; }
    public string? ContingencyBudget { get; set; }
    public string? ContingencySpent { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }

    public static PlanForm From(ImplementationPlan p) =>
        new()
        {
            Summary = p.Summary,
            Resources = p.Resources,
            ContingencyBudget = p.ContingencyBudget.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ContingencySpent = p.ContingencySpent.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            Version = p.Version,
        };

    public PlanDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        decimal Money(string? text, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
                return 0m;
            if (NumberInput.TryParseMoney(text, out var v))
                return v;
            state.AddModelError($"{prefix}.{field}", $"{label} must be an amount in pounds, like 5000 or 5,000.50");
            return 0m;
        }
        return new(
            Summary,
            Resources,
            Money(ContingencyBudget, nameof(ContingencyBudget), "Contingency set aside"),
            Money(ContingencySpent, nameof(ContingencySpent), "Contingency spent")
        );
    }
}

/// <summary>An activity's answers as typed.</summary>
public sealed class ActivityForm
{
    public string? Title { get; set; }
    public string? Owner { get; set; }
    public string? Resources { get; set; }
    public DateInputModel StartDate { get; set; } = new();
    public DateInputModel DueDate { get; set; } = new();
    public DateInputModel ForecastDate { get; set; } = new();
    public DateInputModel DoneDate { get; set; } = new();
    public string? ToleranceDays { get; set; }
    public string? OutcomeId { get; set; }
    public string? ProvisionId { get; set; }
    public string? RegulatoryRequirement { get; set; }
    public string? RiskId { get; set; }
    public string? Contingency { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }

    public static ActivityForm From(PlanActivity a) =>
        new()
        {
            Title = a.Title,
            Owner = a.Owner,
            Resources = a.Resources,
            StartDate = DateInputModel.From(a.StartDate),
            DueDate = DateInputModel.From(a.DueDate),
            ForecastDate = DateInputModel.From(a.ForecastDate),
            DoneDate = DateInputModel.From(a.DoneDate),
            ToleranceDays = a.ToleranceDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OutcomeId = a.OutcomeId?.ToString(),
            ProvisionId = a.ProvisionId?.ToString(),
            RegulatoryRequirement = a.RegulatoryRequirement,
            RiskId = a.RiskId?.ToString(),
            Contingency = a.Contingency,
            Version = a.Version,
        };

    /// <summary>The answers as details, with a date, number or choice that cannot be read put in <paramref
    /// name="state"/>; whether a choice may be linked is <see cref="PlanCommands"/>' rule.</summary>
    public ActivityDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        DateOnly? Date(DateInputModel input, string field, string what)
        {
            if (input.TryParse(what, out var date) is { } problem)
                state.AddModelError($"{prefix}.{field}", problem);
            return date;
        }
        Guid? Choice(string? text, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (Guid.TryParse(text, out var id))
                return id;
            state.AddModelError($"{prefix}.{field}", message);
            return null;
        }
        var tolerance = 0;
        if (
            !string.IsNullOrWhiteSpace(ToleranceDays)
            && !int.TryParse(ToleranceDays.Trim(), System.Globalization.CultureInfo.InvariantCulture, out tolerance)
        )
            state.AddModelError(
                $"{prefix}.{nameof(ToleranceDays)}",
                "Tolerance must be a whole number of days, like 14"
            );
        return new(
            Title,
            Owner,
            Resources,
            Date(StartDate, nameof(StartDate), "The start date"),
            Date(DueDate, nameof(DueDate), "The date it is due"),
            Date(ForecastDate, nameof(ForecastDate), "The date it is now expected"),
            Date(DoneDate, nameof(DoneDate), "The date it was done"),
            tolerance,
            Choice(OutcomeId, nameof(OutcomeId), "Select one of the priority outcomes listed"),
            Choice(ProvisionId, nameof(ProvisionId), "Select one of the contract's provisions listed"),
            RegulatoryRequirement,
            Choice(RiskId, nameof(RiskId), "Select one of the open risks listed"),
            Contingency
        );
    }
}
