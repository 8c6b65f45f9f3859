namespace CareCommissioning.Web.Pages.Strategies.Api;

public sealed record StrategyResponse(
    Guid Id,
    Guid OrganisationId,
    string Title,
    StrategyKind Kind,
    string Owner,
    StrategyStatus Status,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Summary,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<StrategyDocumentShape> Documents,
    IReadOnlyList<StrategyRelationShape> Relations,
    bool SharedWithPartners,
    int? EvaluationIntervalMonths,
    DateOnly? NextEvaluationDue,
    DateOnly? LastEvaluatedOn,
    bool EvaluationOverdue,
    DateOnly? RenewedOn,
    Guid? RenewedOnEvaluationId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    public static StrategyResponse From(Strategy s, DateOnly today) =>
        new(
            s.Id,
            s.OrganisationId,
            s.Title,
            s.Kind,
            s.Owner,
            s.Status,
            s.StartsOn,
            s.EndsOn,
            s.Summary,
            s.Outcomes,
            s.Documents.Select(d => new StrategyDocumentShape(d.Title, d.Address)).ToList(),
            s.Relations.Select(r => new StrategyRelationShape(r.StrategyId, r.Kind)).ToList(),
            s.SharedWithPartners,
            s.EvaluationIntervalMonths,
            s.NextEvaluationDue,
            s.LastEvaluatedOn,
            s.EvaluationOverdue(today),
            s.RenewedOn,
            s.RenewedOnEvaluationId,
            s.Version,
            s.CreatedAt,
            s.UpdatedAt
        );
}
