namespace CareCommissioning.Web.Pages.Appraisals.Api;

public sealed record YearAmount(int Year, decimal Amount);

/// <summary>Starts the negotiation of a priority's budget on one budget head: the first proposal.</summary>
public sealed record BudgetProposalRequest(
    Guid? BudgetHeadId,
    IReadOnlyList<YearAmount>? Amounts,
    string? Message,
    DateOnly? DueOn
);

/// <summary>A later round: a counter-proposal (with amounts), a clarification, an answer or the agreement; send the
/// proposal's version you read.</summary>
public sealed record BudgetRoundRequest(
    int? Version,
    RoundKind? Kind,
    IReadOnlyList<YearAmount>? Amounts,
    string? Message,
    DateOnly? DueOn
);

public sealed record BudgetRoundResponse(
    RoundKind Kind,
    string By,
    string ByRole,
    IReadOnlyList<YearAmount> Amounts,
    string Message,
    DateOnly? DueOn,
    DateTimeOffset At
);

/// <summary>One year of a budget head against its claims; <c>focus</c> is the proposal read, when there is one, and
/// <c>left</c> counts it as agreed.</summary>
public sealed record HeadYearResponse(
    string FinancialYear,
    int Year,
    decimal Held,
    decimal Agreed,
    decimal Asked,
    decimal Focus,
    decimal Left,
    decimal LeftIfAllAgreed
);

public sealed record BudgetProposalResponse(
    Guid Id,
    Guid AppraisalId,
    Guid BudgetHeadId,
    ProposalStatus Status,
    int Version,
    IReadOnlyList<YearAmount> Current,
    IReadOnlyList<BudgetRoundResponse> Rounds,
    IReadOnlyList<HeadYearResponse> HeadPosition
);

public sealed record BudgetClaimResponse(
    Guid ProposalId,
    Guid AppraisalId,
    string AppraisalTitle,
    ProposalStatus Status,
    decimal Total,
    IReadOnlyList<YearAmount> Amounts
);

public sealed record BudgetHeadClaimsResponse(
    Guid BudgetHeadId,
    string Name,
    IReadOnlyList<HeadYearResponse> Years,
    IReadOnlyList<BudgetClaimResponse> Claims
);
