namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>Why a monitoring visit was made: planned by the monitoring plan, or a reactive review after
/// something happened.</summary>
public enum VisitTrigger
{
    Planned = 1,
    Complaint = 2,
    SafeguardingConcern = 3,
    Kpi = 4,
    Other = 5,
}

public static class VisitTriggerNames
{
    public static string Display(VisitTrigger value) =>
        value switch
        {
            VisitTrigger.Planned => "Planned (proactive)",
            VisitTrigger.Complaint => "A complaint",
            VisitTrigger.SafeguardingConcern => "A safeguarding concern",
            VisitTrigger.Kpi => "A KPI",
            VisitTrigger.Other => "Something else",
            _ => value.ToString(),
        };
}

/// <summary>
/// A contract monitoring visit (CD-P18): proactive, as the contract's monitoring plan sets, or a reactive review
/// triggered by a complaint, a safeguarding concern, a KPI or something else; when it is planned and when it was done,
/// who visited, the evidence asked of the provider, what was found, and any follow-up.
/// </summary>
public sealed class ContractVisit : IAudited, IVersioned, IOrganisationOwned
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid ContractId { get; set; }
    public VisitTrigger Trigger { get; set; }

    /// <summary>What prompted a reactive review; none for a planned visit.</summary>
    public string? TriggerDescription { get; set; }
    public DateOnly PlannedOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? VisitedBy { get; set; }
    public string? EvidenceRequested { get; set; }
    public string? Findings { get; set; }
    public string? FollowUp { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public bool IsProactive => Trigger == VisitTrigger.Planned;

    public string Status(DateOnly today) =>
        DoneOn is { } done ? $"Done on {DateText.Format(done)}"
        : PlannedOn < today ? $"Overdue: planned for {DateText.Format(PlannedOn)}"
        : $"Planned for {DateText.Format(PlannedOn)}";
}

/// <summary>A visit's answers, as a page or the API settled them.</summary>
public sealed record VisitDetails(
    VisitTrigger? Trigger,
    string? TriggerDescription,
    DateOnly? PlannedOn,
    DateOnly? DoneOn,
    string? VisitedBy,
    string? EvidenceRequested,
    string? Findings,
    string? FollowUp
)
{
    public void ApplyTo(ContractVisit v)
    {
        v.Trigger = Trigger!.Value;
        v.TriggerDescription = v.Trigger == VisitTrigger.Planned ? null : Trim(TriggerDescription);
        v.PlannedOn = PlannedOn!.Value;
        v.DoneOn = DoneOn;
        v.VisitedBy = Trim(VisitedBy);
        v.EvidenceRequested = Trim(EvidenceRequested);
        v.Findings = Trim(Findings);
        v.FollowUp = Trim(FollowUp);
    }

    public static VisitDetails From(ContractVisit v) =>
        new(
            v.Trigger,
            v.TriggerDescription,
            v.PlannedOn,
            v.DoneOn,
            v.VisitedBy,
            v.EvidenceRequested,
            v.Findings,
            v.FollowUp
        );

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public static class VisitRules
{
    public static IReadOnlyList<FieldError> Validate(VisitDetails d, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.When(
            d.Trigger is not { } t || !Enum.IsDefined(t),
            nameof(d.Trigger),
            "Select whether the visit is planned or what triggered it"
        );
        if (d.Trigger is { } trigger && trigger != VisitTrigger.Planned)
            errors.Text(
                nameof(d.TriggerDescription),
                d.TriggerDescription,
                ContractVisit.TextMaxLength,
                "Enter what triggered the review",
                $"What triggered the review must be {ContractVisit.TextMaxLength} characters or fewer"
            );
        errors.When(d.PlannedOn is null, nameof(d.PlannedOn), "Enter the date the visit is planned for");
        errors.When(
            d.VisitedBy?.Length > ContractVisit.NameMaxLength,
            nameof(d.VisitedBy),
            $"Who visited must be {ContractVisit.NameMaxLength} characters or fewer"
        );
        foreach (
            var (field, value, name) in new[]
            {
                (nameof(d.EvidenceRequested), d.EvidenceRequested, "The evidence asked for"),
                (nameof(d.Findings), d.Findings, "Findings"),
                (nameof(d.FollowUp), d.FollowUp, "Follow-up"),
            }
        )
            errors.When(
                value?.Length > ContractVisit.TextMaxLength,
                field,
                $"{name} must be {ContractVisit.TextMaxLength} characters or fewer"
            );
        if (d.DoneOn is { } done)
        {
            errors.When(done > today, nameof(d.DoneOn), "The date the visit was done must be today or in the past");
            errors.When(
                string.IsNullOrWhiteSpace(d.VisitedBy),
                nameof(d.VisitedBy),
                "Enter who visited, now the visit is done"
            );
            errors.When(
                string.IsNullOrWhiteSpace(d.Findings),
                nameof(d.Findings),
                "Enter what the visit found, now it is done"
            );
        }
        return errors;
    }
}

/// <summary>When the next proactive visit is due: a year divided by the plan's visits after the last proactive visit
/// done, or, with none done, that long after the contract started.</summary>
public static class VisitSchedule
{
    public static DateOnly NextDue(MonitoringPlan plan, DateOnly contractStart, DateOnly? lastProactiveDone) =>
        (lastProactiveDone ?? contractStart).AddMonths(12 / plan.VisitsPerYear);

    public static bool IsOverdue(DateOnly nextDue, DateOnly today) => nextDue < today;
}
