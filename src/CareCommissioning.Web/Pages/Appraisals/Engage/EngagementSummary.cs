namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>How the people who ranked the options ranked them, on average (1 = first choice).</summary>
public static class EngagementSummary
{
    public static IReadOnlyList<(string Option, decimal AverageRank, int Rankings)> Rankings(
        AppraisalContent content,
        IEnumerable<Contribution> contributions
    )
    {
        var ranked = contributions.Where(c => c.Ranking.Count > 0).ToList();
        return content
            .Options.Select(o =>
            {
                var places = ranked
                    .Select(c => c.Ranking.IndexOf(o.Id))
                    .Where(i => i >= 0)
                    .Select(i => (decimal)(i + 1))
                    .ToList();
                return (o.Name, places.Count == 0 ? 0m : places.Average(), places.Count);
            })
            .Where(r => r.Item3 > 0)
            .OrderBy(r => r.Item2)
            .ToList();
    }
}
