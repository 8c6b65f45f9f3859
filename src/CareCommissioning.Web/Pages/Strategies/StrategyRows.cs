namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>A strategy as a row of the library or the due list, with its owning organisation's name, and the same
/// row as cells of a download.</summary>
public sealed record StrategyRow(Strategy Strategy, string Organisation, bool Ours)
{
    public static readonly IReadOnlyList<string> Header =
    [
        "Title",
        "Kind",
        "Owner organisation",
        "Owner",
        "Status",
        "Ends on",
        "Next evaluation due",
        "Overdue",
    ];

    public IReadOnlyList<string> Cells(DateOnly today) =>
        [
            Strategy.Title,
            StrategyKindNames.Display(Strategy.Kind),
            Organisation,
            Strategy.Owner,
            StrategyStatusNames.Display(Strategy.Status),
            Display.Date(Strategy.EndsOn, ""),
            Display.Date(Strategy.NextEvaluationDue, ""),
            Display.YesNo(Strategy.EvaluationOverdue(today)),
        ];

    public static async Task<IReadOnlyList<StrategyRow>> OfAsync(
        AppDbContext db,
        CurrentUser user,
        IReadOnlyList<Strategy> strategies
    )
    {
        var names = await StrategyChoices.OrganisationNamesAsync(db, strategies.Select(s => s.OrganisationId));
        var own = user.OrganisationsFor(Policies.EvaluationsRead);
        return strategies
            .Select(s => new StrategyRow(
                s,
                names.GetValueOrDefault(s.OrganisationId, ""),
                own.Contains(s.OrganisationId)
            ))
            .ToList();
    }
}
