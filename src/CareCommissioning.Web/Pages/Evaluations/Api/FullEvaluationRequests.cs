using CareCommissioning.Web.Pages.Evaluations.Full;

namespace CareCommissioning.Web.Pages.Evaluations.Api;

/// <summary>The evaluation's status in the organisation (EV-P11), with the version read.</summary>
public sealed record EvaluationStatusRequest(
    EvaluationStanding? Standing,
    string? Sponsor,
    string? AgreedBy,
    DateOnly? AgreedOn,
    string? Notes,
    int? Version
);

public sealed record EvaluationRoleRequest(string? Who, string? Responsibility);

/// <summary>The full evaluation's action plan (EV-P12), with the version read.</summary>
public sealed record EvaluationPlanRequest(
    string? Scope,
    IReadOnlyList<EvaluationMethods>? Methods,
    string? MethodNotes,
    string? Indicators,
    DateOnly? StartsOn,
    DateOnly? ReportsBy,
    string? InterRelationships,
    IReadOnlyList<EvaluationRoleRequest>? Roles,
    string? DevelopedWith,
    int? Version
)
{
    public EvaluationPlan ToPlan() =>
        new()
        {
            Scope = Scope?.Trim() ?? "",
            Methods = (Methods ?? []).Aggregate(EvaluationMethods.None, (all, m) => all | m),
            MethodNotes = ImpactAnswers.Clean(MethodNotes),
            Indicators = Indicators?.Trim() ?? "",
            StartsOn = StartsOn ?? default,
            ReportsBy = ReportsBy ?? default,
            InterRelationships = ImpactAnswers.Clean(InterRelationships),
            Roles = (Roles ?? [])
                .Select(r => new EvaluationRole
                {
                    Who = r.Who?.Trim() ?? "",
                    Responsibility = r.Responsibility?.Trim() ?? "",
                })
                .ToList(),
            DevelopedWith = DevelopedWith?.Trim() ?? "",
        };
}

/// <summary>One wider aim: in words, or a strategy of the library the user can see.</summary>
public sealed record WiderAimRequest(string? Aim, Guid? StrategyId, AimEffect? Effect, string? Analysis);

/// <summary>The analysis against the organisation's wider aims (EV-P13), with the version read.</summary>
public sealed record WiderAimsRequest(IReadOnlyList<WiderAimRequest>? Aims, int? Version);

/// <summary>An impact (EV-P15); the version read when changing one.</summary>
public sealed record ImpactRequest(
    string? Title,
    string? Description,
    string? Outcome,
    ImpactDirection? Direction,
    ImpactTerm? Term,
    ImpactImportance? Importance,
    ImpactCertainty? Certainty,
    string? Affects,
    string? IdentifiedWith,
    IReadOnlyList<Guid>? EvidenceIds,
    IReadOnlyList<Guid>? ContributionIds,
    IReadOnlyList<Guid>? LinkedImpactIds,
    int? Version
)
{
    public ImpactAnswers ToAnswers() =>
        new(
            Title,
            Description,
            Outcome,
            Direction,
            Term,
            Importance,
            Certainty,
            Affects,
            IdentifiedWith,
            EvidenceIds ?? [],
            ContributionIds ?? [],
            LinkedImpactIds ?? []
        );
}

/// <summary>A recommendation (EV-P17); the version read when changing one.</summary>
public sealed record RecommendationRequest(
    string? Text,
    string? Rationale,
    IReadOnlyList<Guid>? ImpactIds,
    IReadOnlyList<Guid>? EvidenceIds,
    IReadOnlyList<Guid>? ProposalIds,
    string? DevelopedWith,
    int? Version
)
{
    public RecommendationAnswers ToAnswers() =>
        new(Text, Rationale, ImpactIds ?? [], EvidenceIds ?? [], ProposalIds ?? [], DevelopedWith);
}

/// <summary>The decision on a recommendation, with the version read.</summary>
public sealed record RecommendationDecisionRequest(bool? Agreed, string? DecidedBy, DateOnly? DecidedOn, int? Version);

/// <summary>What an agreed recommendation starts; <c>recordId</c> is the contract or partnership for those
/// kinds.</summary>
public sealed record FollowUpRequest(FollowUpKind? Kind, Guid? RecordId, int? Version);

/// <summary>The follow-up started: its kind and record, and the recommendation as saved.</summary>
public sealed record FollowUpResponse(FollowUpKind Kind, Guid RecordId, StrategyRecommendation Recommendation);

public sealed record ActionRiskRequest(string? Description, int? Likelihood, int? Impact)
{
    public ActionRisk ToRisk() => new(Description, Likelihood, Impact);
}

/// <summary>An action of the action plan (EV-P19) with its risks; the version read when changing one.</summary>
public sealed record ActionRequest(
    Guid? RecommendationId,
    string? Text,
    string? Owner,
    DateOnly? DueOn,
    string? Progress,
    ActionRiskRequest? RiskOfAction,
    ActionRiskRequest? RiskOfInaction,
    int? Version
)
{
    public ActionAnswers ToAnswers() =>
        new(
            Text,
            Owner,
            DueOn,
            Progress,
            (RiskOfAction ?? new(null, null, null)).ToRisk(),
            (RiskOfInaction ?? new(null, null, null)).ToRisk()
        );
}

/// <summary>An action with the two risks it put in the risk register.</summary>
public sealed record ActionResponse(EvaluationAction Action, Risk? RiskOfAction, Risk? RiskOfInaction);

/// <summary>The conclusion that completes the evaluation, with the version read.</summary>
public sealed record CompleteRequest(string? Conclusion, int? Version);

/// <summary>The evaluation as completed, with when its strategy is next to be evaluated (EV-P21).</summary>
public sealed record CompletedResponse(StrategyEvaluation Evaluation, DateOnly? NextEvaluationDue);

public sealed record MatrixImpact(
    Guid Id,
    string Title,
    ImpactImportance Importance,
    ImpactCertainty Certainty,
    int Weight
);

public sealed record MatrixCell(ImpactDirection Direction, ImpactTerm Term, IReadOnlyList<MatrixImpact> Impacts);

/// <summary>The impact matrix (EV-P15) and the weighted balance by term.</summary>
public sealed record ImpactMatrixResponse(IReadOnlyList<MatrixCell> Cells, int ShortTermBalance, int LongTermBalance);
