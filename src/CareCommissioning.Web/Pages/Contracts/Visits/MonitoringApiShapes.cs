using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Contracts.Visits;

/// <summary>A contract KPI as the API takes it.</summary>
public sealed record KpiRequest
{
    [MaxLength(KpiDefinition.NameMaxLength)]
    public required string Name { get; init; }
    public required KpiUnit Unit { get; init; }

    /// <summary>Which way is better; a yes/no KPI is always higher is better.</summary>
    public KpiDirection Direction { get; set; } = KpiDirection.HigherIsBetter;

    /// <summary>The level to reach, in the unit (a percentage as 95 for 95%; yes/no as 1).</summary>
    public required decimal Target { get; init; }

    /// <summary>How far short of the target still counts as approaching it, in the unit.</summary>
    public decimal AmberTolerance { get; init; }

    /// <summary>The level beyond which performance is inadequate; none when the contract sets none.</summary>
    public decimal? RedThreshold { get; init; }
    public required ReturnFrequency Frequency { get; init; }
    public int DaysToReturn { get; set; } = KpiReturnPeriods.DefaultDaysToReturn;

    /// <summary>A priority outcome of the contract's organisation that the KPI evidences.</summary>
    public Guid? OutcomeId { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public ContractKpiDetails ToDetails() =>
        new(
            new KpiDefinition(
                Name?.Trim() ?? "",
                Unit,
                Target,
                Unit == KpiUnit.YesNo ? KpiDirection.HigherIsBetter : Direction,
                AmberTolerance,
                RedThreshold
            ),
            Frequency,
            DaysToReturn,
            OutcomeId
        );
}

public sealed record KpiResponse(
    Guid Id,
    string Name,
    KpiUnit Unit,
    KpiDirection Direction,
    decimal Target,
    decimal AmberTolerance,
    decimal? RedThreshold,
    ReturnFrequency Frequency,
    int DaysToReturn,
    Guid? OutcomeId,
    int Version
)
{
    public static KpiResponse From(ContractKpi k) =>
        new(
            k.Id,
            k.Name,
            k.Unit,
            k.Direction,
            k.Target,
            k.AmberTolerance,
            k.RedThreshold,
            k.Frequency,
            k.DaysToReturn,
            k.OutcomeId,
            k.Version
        );
}

/// <summary>A poor-performance action as the API takes it.</summary>
public sealed record ActionRequest
{
    /// <summary>One of the contract's KPIs; when recording an action, one whose latest return requires improvement
    /// or is inadequate.</summary>
    public required Guid KpiId { get; init; }
    public required PerformanceStage Stage { get; init; }

    [MaxLength(ContractPerformanceAction.TextMaxLength)]
    public required string Agreed { get; init; }

    [MaxLength(ContractPerformanceAction.NameMaxLength)]
    public required string Owner { get; init; }
    public required DateOnly DueOn { get; init; }

    [MaxLength(ContractPerformanceAction.TextMaxLength)]
    public string? Outcome { get; init; }

    /// <summary>The date it was closed; closing it needs the outcome.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public PerformanceActionDetails ToDetails() => new(KpiId, Stage, Agreed, Owner, DueOn, Outcome, ClosedOn);
}

public sealed record ActionResponse(
    Guid Id,
    Guid KpiId,
    PerformanceStage Stage,
    string Agreed,
    string Owner,
    DateOnly DueOn,
    string? Outcome,
    DateOnly? ClosedOn,
    string Status,
    int Version
)
{
    public static ActionResponse From(ContractPerformanceAction a, DateOnly today) =>
        new(a.Id, a.KpiId, a.Stage, a.Agreed, a.Owner, a.DueOn, a.Outcome, a.ClosedOn, a.Status(today), a.Version);
}

/// <summary>A monitoring visit as the API takes it.</summary>
public sealed record VisitRequest
{
    /// <summary>Planned for a proactive visit; otherwise what triggered the reactive review.</summary>
    public required VisitTrigger Trigger { get; init; }

    /// <summary>What triggered a reactive review (needed unless planned).</summary>
    [MaxLength(ContractVisit.TextMaxLength)]
    public string? TriggerDescription { get; init; }
    public required DateOnly PlannedOn { get; init; }

    /// <summary>The date it was done; then who visited and the findings are needed.</summary>
    public DateOnly? DoneOn { get; init; }

    [MaxLength(ContractVisit.NameMaxLength)]
    public string? VisitedBy { get; init; }

    [MaxLength(ContractVisit.TextMaxLength)]
    public string? EvidenceRequested { get; init; }

    [MaxLength(ContractVisit.TextMaxLength)]
    public string? Findings { get; init; }

    [MaxLength(ContractVisit.TextMaxLength)]
    public string? FollowUp { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public VisitDetails ToDetails() =>
        new(Trigger, TriggerDescription, PlannedOn, DoneOn, VisitedBy, EvidenceRequested, Findings, FollowUp);
}

public sealed record VisitResponse(
    Guid Id,
    VisitTrigger Trigger,
    bool Proactive,
    string? TriggerDescription,
    DateOnly PlannedOn,
    DateOnly? DoneOn,
    string? VisitedBy,
    string? EvidenceRequested,
    string? Findings,
    string? FollowUp,
    string Status,
    int Version
)
{
    public static VisitResponse From(ContractVisit v, DateOnly today) =>
        new(
            v.Id,
            v.Trigger,
            v.IsProactive,
            v.TriggerDescription,
            v.PlannedOn,
            v.DoneOn,
            v.VisitedBy,
            v.EvidenceRequested,
            v.Findings,
            v.FollowUp,
            v.Status(today),
            v.Version
        );
}

/// <summary>The contract's visits with its monitoring plan: how many proactive visits a year, why, and when the next
/// is due.</summary>
public sealed record VisitsResponse(
    string Frequency,
    int VisitsPerYear,
    IReadOnlyList<string> Reasons,
    DateOnly NextVisitDue,
    bool NextVisitOverdue,
    IReadOnlyList<VisitResponse> Visits
);

/// <summary>Feedback from people who use the service, as the API takes it.</summary>
public sealed record FeedbackRequest
{
    public required DateOnly ReceivedOn { get; init; }
    public required FeedbackSource Source { get; init; }

    /// <summary>Their name; leave out to keep them anonymous.</summary>
    [MaxLength(ContractFeedback.NameMaxLength)]
    public string? FromName { get; init; }
    public required FeedbackChannel Channel { get; init; }

    [MaxLength(ContractFeedback.TextMaxLength)]
    public required string Said { get; init; }
    public required FeedbackKind Kind { get; init; }

    [MaxLength(ContractFeedback.TextMaxLength)]
    public string? ActionTaken { get; init; }

    public FeedbackDetails ToDetails() => new(ReceivedOn, Source, FromName, Channel, Said, Kind, ActionTaken);
}

public sealed record FeedbackResponse(
    Guid Id,
    DateOnly ReceivedOn,
    FeedbackSource Source,
    string? FromName,
    FeedbackChannel Channel,
    string Said,
    FeedbackKind Kind,
    string? ActionTaken,
    string RecordedBy,
    bool RecordedByProvider
)
{
    public static FeedbackResponse From(ContractFeedback f) =>
        new(
            f.Id,
            f.ReceivedOn,
            f.Source,
            f.FromName,
            f.Channel,
            f.Said,
            f.Kind,
            f.ActionTaken,
            f.RecordedByName,
            f.RecordedByProvider
        );
}
