namespace CareCommissioning.Web.Pages.Strategies.Api;

/// <summary>A strategy's details for create (POST) and full update (PUT, which also needs <see
/// cref="Version"/>).</summary>
public sealed record StrategyRequest
{
    public required string Title { get; init; }
    public required StrategyKind Kind { get; init; }

    /// <summary>The person or post responsible for it.</summary>
    public required string Owner { get; init; }
    public StrategyStatus Status { get; set; } = StrategyStatus.Current;
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string>? Outcomes { get; init; }
    public IReadOnlyList<StrategyDocumentShape>? Documents { get; init; }

    /// <summary>Other strategies of your library (yours or your partners') and how this one relates to each.</summary>
    public IReadOnlyList<StrategyRelationShape>? Relations { get; init; }
    public bool SharedWithPartners { get; set; } = true;

    /// <summary>How often it is evaluated, in months; with it, when the next evaluation is due.</summary>
    public int? EvaluationIntervalMonths { get; init; }
    public DateOnly? NextEvaluationDue { get; init; }

    /// <summary>Which organisation owns it (create only; defaults to your only organisation).</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public StrategyDetails ToDetails() =>
        new(
            Title,
            Kind,
            Owner,
            Status,
            StartsOn,
            EndsOn,
            Summary,
            (Outcomes ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).ToList(),
            (Documents ?? [])
                .Select(d => new StrategyDocument { Title = d.Title ?? "", Address = d.Address ?? "" })
                .ToList(),
            (Relations ?? []).Select(r => new StrategyRelation { StrategyId = r.StrategyId, Kind = r.Kind }).ToList(),
            SharedWithPartners,
            EvaluationIntervalMonths,
            NextEvaluationDue
        );
}

public sealed record StrategyDocumentShape(string? Title, string? Address);

public sealed record StrategyRelationShape(Guid StrategyId, StrategyRelationKind Kind);

/// <summary>Renewing a strategy on a completed evaluation of it (EV-P20).</summary>
public sealed record RenewStrategyRequest
{
    /// <summary>The completed evaluation the renewal rests on: completed since the strategy started or was last
    /// renewed.</summary>
    public required Guid EvaluationId { get; init; }
    public required DateOnly EndsOn { get; init; }

    /// <summary>The version of the strategy you read. A stale version is refused with 409.</summary>
    public required int Version { get; init; }
}
