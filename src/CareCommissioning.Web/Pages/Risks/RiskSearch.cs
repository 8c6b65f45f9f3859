namespace CareCommissioning.Web.Pages.Risks;

/// <summary>The register's filters, shared by the page, its heat map, its CSV download and the API.</summary>
public sealed record RiskSearch(
    string? Search,
    RiskCategory? Category,
    RiskStatus? Status,
    RiskBand? Band,
    bool? Positive,
    bool Overdue,
    DateOnly Today
)
{
    public IQueryable<Risk> Apply(IQueryable<Risk> query, IReadOnlyList<Guid> visibleOrganisations)
    {
        query = query.Where(r => visibleOrganisations.Contains(r.OrganisationId));
        if (Category is { } c)
            query = query.Where(r => r.Category == c);
        if (Status is { } s)
            query = query.Where(r => r.Status == s);
        if (Positive is { } p)
            query = query.Where(r => r.PositiveRiskTaking == p);
        if (Overdue)
            query = query.Where(r => r.Status != RiskStatus.Closed && r.ReviewDate != null && r.ReviewDate < Today);
        if (Band is { } band)
        {
            // The band's score range, so the filter runs in SQL (score = likelihood × impact).
            var (min, max) = band switch
            {
                RiskBand.Low => (1, 3),
                RiskBand.Moderate => (4, 6),
                RiskBand.High => (8, 12),
                _ => (15, 25),
            };
            query = query.Where(r => r.Likelihood * r.Impact >= min && r.Likelihood * r.Impact <= max);
        }
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(r =>
                EF.Functions.Like(r.Title.ToLower(), pattern, TextSearch.Escape)
                || EF.Functions.Like(r.Owner.ToLower(), pattern, TextSearch.Escape)
            );
        return query.OrderByDescending(r => r.Likelihood * r.Impact).ThenBy(r => r.Title).ThenBy(r => r.Id);
    }

    public static RiskSearch Parse(
        string? search,
        string? category,
        string? status,
        string? band,
        string? positive,
        string? overdue,
        DateOnly today
    ) =>
        new(
            search,
            Enum.TryParse<RiskCategory>(category, out var c) && Enum.IsDefined(c) ? c : null,
            Enum.TryParse<RiskStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
            Enum.TryParse<RiskBand>(band, out var b) && Enum.IsDefined(b) ? b : null,
            positive switch
            {
                "yes" => true,
                "no" => false,
                _ => null,
            },
            overdue == "yes",
            today
        );
}
