namespace CareCommissioning.Web.Pages.Needs.Api;

public sealed record VarianceRowResponse(
    string FinancialYear,
    int Year,
    decimal Commitment,
    decimal Resources,
    decimal Gap,
    decimal? GapPercent,
    decimal CumulativeGap,
    IReadOnlyList<string> ServiceLinesAtRisk,
    decimal AgreedForPriorities,
    decimal NotYetAgreed
);
