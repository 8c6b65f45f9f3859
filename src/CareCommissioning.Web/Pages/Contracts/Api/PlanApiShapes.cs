using CareCommissioning.Web.Pages.Contracts.Plan;

namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>A contract's implementation plan to set out (no version) or change (with the version read, and a reason
/// once the current version has been shared).</summary>
public sealed record PlanRequest
{
    public required string Summary { get; init; }
    public string? Resources { get; init; }
    public decimal ContingencyBudget { get; init; }
    public decimal ContingencySpent { get; init; }
    public string? Reason { get; init; }
    public int Version { get; init; }

    public PlanDetails ToDetails() => new(Summary, Resources, ContingencyBudget, ContingencySpent);
}

/// <summary>An activity of the plan; <see cref="Version"/> only when changing one.</summary>
public sealed record ActivityRequest
{
    public required string Title { get; init; }
    public required string Owner { get; init; }
    public string? Resources { get; init; }
    public DateOnly? StartDate { get; init; }
    public required DateOnly DueDate { get; init; }
    public DateOnly? ForecastDate { get; init; }
    public DateOnly? DoneDate { get; init; }
    public int ToleranceDays { get; init; }
    public Guid? OutcomeId { get; init; }

    /// <summary>A provision of the contract's design that the activity delivers.</summary>
    public Guid? ProvisionId { get; init; }
    public string? RegulatoryRequirement { get; init; }
    public Guid? RiskId { get; init; }
    public string? Contingency { get; init; }
    public string? Reason { get; init; }
    public int Version { get; init; }

    public ActivityDetails ToDetails() =>
        new(
            Title,
            Owner,
            Resources,
            StartDate,
            DueDate,
            ForecastDate,
            DoneDate,
            ToleranceDays,
            OutcomeId,
            ProvisionId,
            RegulatoryRequirement,
            RiskId,
            Contingency
        );
}

/// <summary>Who the version read (<see cref="PlanVersion"/>) was given to and how: any of "WebPage", "WordDocument",
/// "EasyRead".</summary>
public sealed record PlanShareRequest
{
    public required string Recipients { get; init; }
    public required IReadOnlyList<PlanFormats> Formats { get; init; }
    public string? Note { get; init; }
    public required int PlanVersion { get; init; }
}

public sealed record PlanReflectionRequest
{
    public required string WhatWentWell { get; init; }
    public required string AreasForDevelopment { get; init; }
    public string? Actions { get; init; }
}

public sealed record PlanActivityResponse(
    Guid Id,
    string Title,
    string Owner,
    string? Resources,
    DateOnly? StartDate,
    DateOnly DueDate,
    DateOnly? ForecastDate,
    DateOnly? DoneDate,
    int ToleranceDays,
    MilestoneStatus Status,
    int DaysSlipped,
    Guid? OutcomeId,
    Guid? ProvisionId,
    string? RegulatoryRequirement,
    Guid? RiskId,
    string? Contingency,
    int Version
);

public sealed record PlanChangeResponse(int PlanVersion, string What, string? Reason, string By, DateTimeOffset At);

public sealed record PlanShareResponse(
    int PlanVersion,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<PlanFormats> Formats,
    string? Note,
    string By,
    DateTimeOffset At
);

public sealed record PlanReflectionResponse(
    string WhatWentWell,
    string AreasForDevelopment,
    string? Actions,
    string By,
    DateTimeOffset At
);

/// <summary>The plan with how it stands: <see cref="Flags"/> empty when it is in line.</summary>
public sealed record PlanResponse(
    Guid Id,
    Guid ContractId,
    string Summary,
    string? Resources,
    decimal ContingencyBudget,
    decimal ContingencySpent,
    RagStatus ContingencyRag,
    int PlanVersion,
    int? SharedVersion,
    bool InLine,
    IReadOnlyList<string> Flags,
    IReadOnlyList<PlanActivityResponse> Activities,
    IReadOnlyList<PlanChangeResponse> Changes,
    IReadOnlyList<PlanShareResponse> Shares,
    IReadOnlyList<PlanReflectionResponse> Reflections,
    int Version
)
{
    public static PlanResponse From(PlanView v)
    {
        var p = v.Plan!;
        var a = v.Assessment!;
        return new(
            p.Id,
            p.ContractId,
            p.Summary,
            p.Resources,
            p.ContingencyBudget,
            p.ContingencySpent,
            a.Contingency.Rag,
            p.PlanVersion,
            p.SharedVersion,
            a.InLine,
            a.Flags,
            v.Activities.Select(x => Activity(x, v.StandingOf(x))).ToList(),
            v.Changes.Select(c => new PlanChangeResponse(c.PlanVersion, c.What, c.Reason, c.ByName, c.At)).ToList(),
            v.Shares.Select(s => new PlanShareResponse(
                    s.PlanVersion,
                    s.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    PlanFormatsNames.Each.Where(f => s.Formats.HasFlag(f)).ToList(),
                    s.Note,
                    s.ByName,
                    s.At
                ))
                .ToList(),
            v.Reflections.Select(r => new PlanReflectionResponse(
                    r.WhatWentWell,
                    r.AreasForDevelopment,
                    r.Actions,
                    r.ByName,
                    r.At
                ))
                .ToList(),
            p.Version
        );
    }

    public static PlanActivityResponse Activity(PlanActivity x, MilestoneStanding standing) =>
        new(
            x.Id,
            x.Title,
            x.Owner,
            x.Resources,
            x.StartDate,
            x.DueDate,
            x.ForecastDate,
            x.DoneDate,
            x.ToleranceDays,
            standing.Status,
            standing.DaysSlipped,
            x.OutcomeId,
            x.ProvisionId,
            x.RegulatoryRequirement,
            x.RiskId,
            x.Contingency,
            x.Version
        );
}
