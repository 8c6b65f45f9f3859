using CareCommissioning.Web.Pages.Evaluations;

namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>
/// One strategy of the library (EV-P2): its details, documents and relations both ways; its evaluations and the
/// schedule of the next (EV-P21); and, for its keepers, changing, renewing (EV-P20) and starting an evaluation.
/// </summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    /// <summary>Another strategy as this one's page names it: its title, owner organisation and how they
    /// relate.</summary>
    public sealed record Related(Guid Id, string Title, string? Organisation, StrategyRelationKind Kind);

    public Strategy Strategy { get; private set; } = default!;
    public string Organisation { get; private set; } = "";
    public bool CanChange { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Related> RelatesTo { get; private set; } = [];
    public IReadOnlyList<Related> RelatedFrom { get; private set; } = [];
    public IReadOnlyList<StrategyEvaluation> Evaluations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await StrategyAccess.FindVisibleAsync(db, user, id) is not { } strategy)
            return NotFound();
        Strategy = strategy;
        Today = UkCalendar.Today(clock);
        CanChange = user.Can(Policies.EvaluationsWrite, strategy.OrganisationId);
        var own = user.OrganisationsFor(Policies.EvaluationsRead);

        // The library is read whole for relations the other way: they are held on the strategy that relates.
        var library = await StrategyAccess
            .Visible(db, user)
            .Select(s => new
            {
                s.Id,
                s.Title,
                s.OrganisationId,
                s.Relations,
            })
            .ToListAsync();
        var names = await StrategyChoices.OrganisationNamesAsync(
            db,
            library.Select(s => s.OrganisationId).Append(strategy.OrganisationId)
        );
        Organisation = names.GetValueOrDefault(strategy.OrganisationId, "");
        string? Whose(Guid org) => own.Contains(org) ? null : names.GetValueOrDefault(org);
        var byId = library.ToDictionary(s => s.Id);
        RelatesTo = strategy
            .Relations.Where(r => byId.ContainsKey(r.StrategyId))
            .Select(r =>
            {
                var other = byId[r.StrategyId];
                return new Related(other.Id, other.Title, Whose(other.OrganisationId), r.Kind);
            })
            .ToList();
        RelatedFrom = library
            .SelectMany(s =>
                s.Relations.Where(r => r.StrategyId == id)
                    .Select(r => new Related(s.Id, s.Title, Whose(s.OrganisationId), r.Kind))
            )
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Evaluations = await EvaluationAccess
            .Visible(db, user, Policies.EvaluationsRead)
            .Where(e => e.StrategyId == id)
            .OrderByDescending(e => e.CreatedAt)
            .ToListAsync();
        return Page();
    }
}
