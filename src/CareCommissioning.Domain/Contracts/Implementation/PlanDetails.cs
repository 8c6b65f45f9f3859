namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>An implementation plan's own answers as given.</summary>
public sealed record PlanDetails(
    string? Summary,
    string? Resources,
    decimal ContingencyBudget,
    decimal ContingencySpent
)
{
    public void ApplyTo(ImplementationPlan plan)
    {
        plan.Summary = Summary!.Trim();
        plan.Resources = Blank(Resources);
        plan.ContingencyBudget = ContingencyBudget;
        plan.ContingencySpent = ContingencySpent;
    }

    public static PlanDetails From(ImplementationPlan p) =>
        new(p.Summary, p.Resources, p.ContingencyBudget, p.ContingencySpent);

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>An activity's answers as given.</summary>
public sealed record ActivityDetails(
    string? Title,
    string? Owner,
    string? Resources,
    DateOnly? StartDate,
    DateOnly? DueDate,
    DateOnly? ForecastDate,
    DateOnly? DoneDate,
    int ToleranceDays,
    Guid? OutcomeId,
    Guid? ProvisionId,
    string? RegulatoryRequirement,
    Guid? RiskId,
    string? Contingency
)
{
    public void ApplyTo(PlanActivity a)
    {
        a.Title = Title!.Trim();
        a.Owner = Owner!.Trim();
        a.Resources = PlanDetails.Blank(Resources);
        a.StartDate = StartDate;
        a.DueDate = DueDate!.Value;
        a.ForecastDate = ForecastDate;
        a.DoneDate = DoneDate;
        a.ToleranceDays = ToleranceDays;
        a.OutcomeId = OutcomeId;
        a.ProvisionId = ProvisionId;
        a.RegulatoryRequirement = PlanDetails.Blank(RegulatoryRequirement);
        a.RiskId = RiskId;
        a.Contingency = PlanDetails.Blank(Contingency);
    }

    public static ActivityDetails From(PlanActivity a) =>
        new(
            a.Title,
            a.Owner,
            a.Resources,
            a.StartDate,
            a.DueDate,
            a.ForecastDate,
            a.DoneDate,
            a.ToleranceDays,
            a.OutcomeId,
            a.ProvisionId,
            a.RegulatoryRequirement,
            a.RiskId,
            a.Contingency
        );
}
