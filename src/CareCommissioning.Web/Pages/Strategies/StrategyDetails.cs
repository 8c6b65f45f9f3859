namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>A strategy's answers as the page or the API gave them, before they are checked and put on the
/// record.</summary>
public sealed record StrategyDetails(
    string? Title,
    StrategyKind Kind,
    string? Owner,
    StrategyStatus Status,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Summary,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<StrategyDocument> Documents,
    IReadOnlyList<StrategyRelation> Relations,
    bool SharedWithPartners,
    int? EvaluationIntervalMonths,
    DateOnly? NextEvaluationDue
)
{
    public static StrategyDetails From(Strategy s) =>
        new(
            s.Title,
            s.Kind,
            s.Owner,
            s.Status,
            s.StartsOn,
            s.EndsOn,
            s.Summary,
            s.Outcomes,
            s.Documents,
            s.Relations,
            s.SharedWithPartners,
            s.EvaluationIntervalMonths,
            s.NextEvaluationDue
        );

    public void ApplyTo(Strategy s)
    {
        s.Title = Clean(Title) ?? "";
        s.Kind = Kind;
        s.Owner = Clean(Owner) ?? "";
        s.MoveTo(Status);
        s.StartsOn = StartsOn;
        s.EndsOn = EndsOn;
        s.Summary = Clean(Summary);
        s.Outcomes = Outcomes.Select(Clean).OfType<string>().ToList();
        s.Documents = Documents
            .Select(d => new StrategyDocument { Title = d.Title.Trim(), Address = d.Address.Trim() })
            .ToList();
        s.Relations = Relations.Select(r => new StrategyRelation { StrategyId = r.StrategyId, Kind = r.Kind }).ToList();
        s.SharedWithPartners = SharedWithPartners;
        s.EvaluationIntervalMonths = EvaluationIntervalMonths;
        s.NextEvaluationDue = NextEvaluationDue;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
