namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>The steps of the poor-performance route, mildest first.</summary>
public enum PerformanceStage
{
    InformalDiscussion = 1,
    ImprovementPlan = 2,
    Escalation = 3,
    DefaultNotice = 4,
}

public static class PerformanceStageNames
{
    public static string Display(PerformanceStage value) =>
        value switch
        {
            PerformanceStage.InformalDiscussion => "Informal discussion",
            PerformanceStage.ImprovementPlan => "Improvement plan",
            PerformanceStage.Escalation => "Escalation",
            PerformanceStage.DefaultNotice => "Default notice",
            _ => value.ToString(),
        };
}

/// <summary>
/// An action on a KPI rated requires improvement or inadequate (CD-P18, P19): the stage of the poor-performance route,
/// what was agreed with the provider, who owns it and by when, and, once closed, the outcome.
/// </summary>
public sealed class ContractPerformanceAction : IAudited, IVersioned, IOrganisationOwned
{
    public const int TextMaxLength = 2000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid ContractId { get; set; }
    public Guid KpiId { get; set; }
    public PerformanceStage Stage { get; set; }
    public required string Agreed { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueOn { get; set; }
    public string? Outcome { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public string Status(DateOnly today) =>
        ClosedOn is { } closed ? $"Closed on {DateText.Format(closed)}"
        : DueOn < today ? $"Overdue since {DateText.Format(DueOn)}"
        : "Open";
}

/// <summary>An action's answers, as a page or the API settled them.</summary>
public sealed record PerformanceActionDetails(
    Guid? KpiId,
    PerformanceStage? Stage,
    string? Agreed,
    string? Owner,
    DateOnly? DueOn,
    string? Outcome,
    DateOnly? ClosedOn
)
{
    public void ApplyTo(ContractPerformanceAction a)
    {
        a.KpiId = KpiId!.Value;
        a.Stage = Stage!.Value;
        a.Agreed = Agreed!.Trim();
        a.Owner = Owner!.Trim();
        a.DueOn = DueOn!.Value;
        a.Outcome = string.IsNullOrWhiteSpace(Outcome) ? null : Outcome.Trim();
        a.ClosedOn = ClosedOn;
    }

    public static PerformanceActionDetails From(ContractPerformanceAction a) =>
        new(a.KpiId, a.Stage, a.Agreed, a.Owner, a.DueOn, a.Outcome, a.ClosedOn);
}

public static class PerformanceActionRules
{
    /// <summary>The action's rules; <paramref name="kpiRating"/> is the KPI's latest rating when the action is
    /// first recorded (an action is for a KPI that requires improvement or is inadequate), or null when changing
    /// one.</summary>
    public static IReadOnlyList<FieldError> Validate(
        PerformanceActionDetails d,
        DateOnly today,
        bool isNew,
        PerformanceRating? kpiRating
    )
    {
        var errors = new FieldErrors();
        if (!errors.When(d.KpiId is null, nameof(d.KpiId), "Select the KPI the action is about") && isNew)
            errors.When(
                kpiRating is not (PerformanceRating.RequiresImprovement or PerformanceRating.Inadequate),
                nameof(d.KpiId),
                "An action is for a KPI whose latest return requires improvement or is inadequate"
            );
        errors.When(d.Stage is not { } s || !Enum.IsDefined(s), nameof(d.Stage), "Select the stage of the action");
        errors.Text(
            nameof(d.Agreed),
            d.Agreed,
            ContractPerformanceAction.TextMaxLength,
            "Enter what was agreed with the provider",
            $"What was agreed must be {ContractPerformanceAction.TextMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(d.Owner),
            d.Owner,
            ContractPerformanceAction.NameMaxLength,
            "Enter who owns the action",
            $"Owner must be {ContractPerformanceAction.NameMaxLength} characters or fewer"
        );
        errors.When(d.DueOn is null, nameof(d.DueOn), "Enter the date the action is due");
        errors.When(
            d.Outcome?.Length > ContractPerformanceAction.TextMaxLength,
            nameof(d.Outcome),
            $"Outcome must be {ContractPerformanceAction.TextMaxLength} characters or fewer"
        );
        if (d.ClosedOn is { } closed)
        {
            errors.When(
                string.IsNullOrWhiteSpace(d.Outcome),
                nameof(d.Outcome),
                "Enter the outcome of the action to close it"
            );
            errors.When(closed > today, nameof(d.ClosedOn), "The date it was closed must be today or in the past");
        }
        return errors;
    }
}
