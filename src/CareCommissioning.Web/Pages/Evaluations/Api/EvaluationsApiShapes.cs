namespace CareCommissioning.Web.Pages.Evaluations.Api;

/// <summary>An evaluation as the list gives it.</summary>
public sealed record EvaluationSummary(
    Guid Id,
    Guid OrganisationId,
    Guid StrategyId,
    string Title,
    EvaluationStage Stage,
    string NextStep,
    int Version
)
{
    public static EvaluationSummary From(StrategyEvaluation e) =>
        new(e.Id, e.OrganisationId, e.StrategyId, e.Title, e.Stage, EvaluationCommands.NextStep(e), e.Version);
}

/// <summary>The whole record: the evaluation with its screening and report versions, and who takes part.</summary>
public sealed record EvaluationResponse(StrategyEvaluation Evaluation, IReadOnlyList<ParticipantResponse> Participants);

public sealed record ParticipantResponse(Guid OrganisationId, string Name);

public sealed record NewEvaluationRequest(Guid? StrategyId, string? Title, string? PlainSummary, Guid? PartnershipId);

public sealed record ParticipantsRequest(IReadOnlyList<Guid>? OrganisationIds);

public sealed record EvidenceRequest(
    EvidenceKind? Kind,
    string? Title,
    string? Finding,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo
);

public sealed record ExchangeRequest(
    string? Agency,
    ExchangeDirection? Direction,
    string? Information,
    SharingBasis? Basis,
    string? Agreement,
    DateOnly? ExchangedOn
);

public sealed record SharingRequest(
    SharedItem? Item,
    IReadOnlyList<SharedWith>? Audience,
    string? Recipients,
    IReadOnlyList<PlanFormats>? Formats,
    DateOnly? SharedOn,
    string? Response
);

/// <summary>Every screening move carries the version of the evaluation read (409 when it is no longer the saved
/// one).</summary>
public interface IScreeningRequest
{
    int? Version { get; }
}

public sealed record ProcessRequest(
    int? Version,
    string? Process,
    IReadOnlyList<string>? Criteria,
    string? AgreedWith,
    DateOnly? AgreedOn
) : IScreeningRequest;

public sealed record FindingsRequest(int? Version, IReadOnlyDictionary<Guid, string?>? Findings) : IScreeningRequest;

public sealed record EqualityRequest(
    int? Version,
    IReadOnlyList<EqualityScreening>? Equality,
    bool? FullEqualityAssessmentNeeded,
    string? EqualityConclusion
) : IScreeningRequest;

public sealed record DraftRequest(
    int? Version,
    string? Findings,
    bool? RecommendsFullEvaluation,
    string? Reason,
    string? Amendments,
    DateOnly? FeedbackClosesOn
) : IScreeningRequest;

public sealed record AgreeRequest(int? Version, string? AgreedBy, DateOnly? AgreedOn) : IScreeningRequest;

/// <summary>A view: sent as oneself, or (by a keeper naming <c>authorName</c>) recorded for someone.</summary>
public sealed record ContributionRequest(
    EvaluationContributionKind? Kind,
    string? Text,
    string? AuthorName,
    string? AuthorOrganisation,
    string? GivenThrough
);

public sealed record ReplyRequest(string? Response);
