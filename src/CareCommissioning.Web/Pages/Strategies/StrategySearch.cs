namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>The library's filters, shared by its page, its download and the API: words in the title or owner, the
/// kind, the status, and whose it is ("ours" or "partners").</summary>
public sealed record StrategySearch(string? Search, StrategyKind? Kind, StrategyStatus? Status, string? Whose)
{
    public const string Ours = "ours";
    public const string Partners = "partners";

    public IQueryable<Strategy> Apply(AppDbContext db, CurrentUser user)
    {
        var own = user.OrganisationsFor(Policies.EvaluationsRead);
        var query = StrategyAccess.Visible(db, user);
        if (Kind is { } k)
            query = query.Where(s => s.Kind == k);
        if (Status is { } st)
            query = query.Where(s => s.Status == st);
        if (Whose == Ours)
            query = query.Where(s => own.Contains(s.OrganisationId));
        else if (Whose == Partners)
            query = query.Where(s => !own.Contains(s.OrganisationId));
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(s =>
                EF.Functions.Like(s.Title.ToLower(), pattern, TextSearch.Escape)
                || EF.Functions.Like(s.Owner.ToLower(), pattern, TextSearch.Escape)
            );
        return query.OrderBy(s => s.Title).ThenBy(s => s.Id);
    }

    public static StrategySearch Parse(string? search, string? kind, string? status, string? whose) =>
        new(
            search,
            Enum.TryParse<StrategyKind>(kind, out var k) && Enum.IsDefined(k) ? k : null,
            Enum.TryParse<StrategyStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
            whose is Ours or Partners ? whose : null
        );
}
