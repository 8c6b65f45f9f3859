namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>
/// Changing a strategy in the library (EV-P2) and its schedule of evaluations (EV-P21), by the keepers of evaluations
/// in the organisation that owns it. A save over someone's newer one is refused with what differs and the answers
/// kept.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<Strategy, StrategyForm>(db, clock)
{
    private StrategyDetails? _yours;
    private IReadOnlyList<FieldError> _errors = [];

    public IReadOnlyList<SelectListItem> RelatedOptions { get; private set; } = [];

    protected override string ConflictText => ConflictMessages.Edited("strategy");

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next
    )
    {
        if (Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id))
        {
            RelatedOptions = await StrategyChoices.RelatedAsync(Db, user, id);
            if (HttpMethods.IsPost(Request.Method))
            {
                // The check reads the library, so it runs here, before the synchronous Apply.
                _yours = Input.ToDetails(ModelState, nameof(Input));
                _errors = await StrategyCommands.CheckAsync(Db, user, id, _yours);
            }
        }
        await next();
        Input.PadRows();
    }

    protected override Task<Strategy?> FindAsync(Guid id, bool track) =>
        StrategyAccess.FindToChangeAsync(Db, user, id, track);

    protected override string NameOf(Strategy s) => s.Title;

    protected override StrategyForm ToForm(Strategy s) => StrategyForm.From(s);

    protected override void Apply(Strategy s, DateTimeOffset now)
    {
        ModelState.AddDomainErrors(nameof(Input), _errors);
        if (ModelState.IsValid)
            StrategyCommands.Apply(s, _yours!, now);
    }

    protected override IReadOnlyList<FieldDifference> Differences(Strategy saved, Strategy yours)
    {
        var (theirs, mine) = (StrategyDetails.From(saved), _yours!);
        static string Lines(IEnumerable<string> items) => string.Join("; ", items);
        return new FieldDifferences()
            .Compare("Title", theirs.Title, mine.Title)
            .Compare("Kind", StrategyKindNames.Display(theirs.Kind), StrategyKindNames.Display(mine.Kind))
            .Compare("Owner", theirs.Owner, mine.Owner)
            .Compare("Status", StrategyStatusNames.Display(theirs.Status), StrategyStatusNames.Display(mine.Status))
            .Compare("Starts", Display.Date(theirs.StartsOn), Display.Date(mine.StartsOn))
            .Compare("Ends", Display.Date(theirs.EndsOn), Display.Date(mine.EndsOn))
            .Compare("Summary", theirs.Summary, mine.Summary)
            .Compare("Outcomes", Lines(theirs.Outcomes), Lines(mine.Outcomes))
            .Compare(
                "Documents",
                Lines(theirs.Documents.Select(d => $"{d.Title} ({d.Address})")),
                Lines(mine.Documents.Select(d => $"{d.Title} ({d.Address})"))
            )
            .Compare(
                "Related strategies",
                Lines(theirs.Relations.Select(r => $"{StrategyRelationKindNames.Display(r.Kind)} {r.StrategyId}")),
                Lines(mine.Relations.Select(r => $"{StrategyRelationKindNames.Display(r.Kind)} {r.StrategyId}"))
            )
            .Compare(
                "Shared with partners",
                Display.YesNo(theirs.SharedWithPartners),
                Display.YesNo(mine.SharedWithPartners)
            )
            .Compare(
                "Evaluated every",
                theirs.EvaluationIntervalMonths is { } t ? $"{t} months" : "Not set",
                mine.EvaluationIntervalMonths is { } m ? $"{m} months" : "Not set"
            )
            .Compare(
                "Next evaluation due",
                Display.Date(theirs.NextEvaluationDue),
                Display.Date(mine.NextEvaluationDue)
            )
            .ToList();
    }

    protected override string SavedMessage(Strategy s) => $"Your changes to '{s.Title}' have been saved";

    protected override string DetailsPath(Guid id) => this.Links().Strategy(id);
}
