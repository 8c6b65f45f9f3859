namespace CareCommissioning.Web.Pages.Risks.Api;

public sealed record RiskResponse(
    Guid Id,
    Guid OrganisationId,
    string Title,
    string? Description,
    RiskCategory Category,
    string Owner,
    int Likelihood,
    int Impact,
    int Score,
    RiskBand Band,
    int? ResidualLikelihood,
    int? ResidualImpact,
    int? ResidualScore,
    RiskBand? ResidualBand,
    string? Mitigation,
    bool PositiveRiskTaking,
    RiskStatus Status,
    DateOnly? ReviewDate,
    string? LinkedRecordType,
    Guid? LinkedRecordId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    public static RiskResponse From(Risk r) =>
        new(
            r.Id,
            r.OrganisationId,
            r.Title,
            r.Description,
            r.Category,
            r.Owner,
            r.Likelihood,
            r.Impact,
            r.Score,
            r.Band,
            r.ResidualLikelihood,
            r.ResidualImpact,
            r.ResidualScore,
            r.ResidualBand,
            r.Mitigation,
            r.PositiveRiskTaking,
            r.Status,
            r.ReviewDate,
            r.LinkedRecordType,
            r.LinkedRecordId,
            r.Version,
            r.CreatedAt,
            r.UpdatedAt
        );
}

public sealed record HeatMapCell(int Likelihood, int Impact, int Score, RiskBand Band, int Count);

public sealed record HeatMapResponse(
    string View,
    int Total,
    int NotRated,
    string Summary,
    IReadOnlyList<HeatMapCell> Cells
);
