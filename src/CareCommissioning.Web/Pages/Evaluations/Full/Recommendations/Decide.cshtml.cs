using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Evaluations.Full.Recommendations;

/// <summary>The decision on a recommendation's answers as typed.</summary>
public sealed class DecideForm : IVersionedForm
{
    public string? Agreed { get; set; }
    public string? DecidedBy { get; set; }
    public DateInputModel DecidedOn { get; set; } = new();
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> AgreedItems => [new("Agreed", "yes"), new("Not agreed", "no")];

    public (bool? Agreed, DateOnly? On) Parse(ModelStateDictionary state, string prefix)
    {
        if (DecidedOn.TryParse("The date it was decided", out var on) is { } problem)
            state.AddModelError($"{prefix}.{nameof(DecidedOn)}", problem);
        return (
            Agreed switch
            {
                "yes" => true,
                "no" => false,
                _ => null,
            },
            on
        );
    }
}

/// <summary>Records whether a recommendation was agreed, by whom and when (EV-P17, P18).</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class DecideModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<StrategyRecommendation, DecideForm>(db, clock)
{
    private readonly TimeProvider _clock = clock;
    private StrategyEvaluation? _evaluation;

    private Guid RecommendationId =>
        Guid.TryParse(RouteData.Values["recommendationId"]?.ToString(), out var g) ? g : Guid.Empty;

    protected override string ConflictText => ConflictMessages.Edited("recommendation");

    protected override async Task<StrategyRecommendation?> FindAsync(Guid id, bool track)
    {
        _evaluation ??= await EvaluationAccess.FindToChangeAsync(Db, user, id);
        if (_evaluation is null)
            return null;
        var query = track ? Db.StrategyRecommendations : Db.StrategyRecommendations.AsNoTracking();
        return await query.FirstOrDefaultAsync(x => x.Id == RecommendationId && x.EvaluationId == id);
    }

    protected override string NameOf(StrategyRecommendation r) => r.Text;

    protected override DecideForm ToForm(StrategyRecommendation r) => new() { Version = r.Version };

    protected override void Apply(StrategyRecommendation r, DateTimeOffset now)
    {
        var (agreed, on) = Input.Parse(ModelState, nameof(Input));
        var errors = FullEvaluationCommands.Decide(
            _evaluation!,
            r,
            agreed,
            Input.DecidedBy,
            on,
            UkCalendar.DateOf(now),
            now
        );
        ModelState.AddDomainErrors(nameof(Input), errors, f => f switch
            {
                nameof(StrategyRecommendation.Status) => $"{nameof(Input)}.{nameof(DecideForm.Agreed)}",
                _ => $"{nameof(Input)}.{f}",
            });
    }

    protected override IReadOnlyList<FieldDifference> Differences(
        StrategyRecommendation saved,
        StrategyRecommendation yours
    ) =>
        new FieldDifferences()
            .Compare(
                "Decision",
                RecommendationStatusNames.Display(saved.Status),
                RecommendationStatusNames.Display(yours.Status)
            )
            .Compare("Decided by", saved.DecidedBy, yours.DecidedBy)
            .ToList();

    protected override string SavedMessage(StrategyRecommendation r) =>
        $"The recommendation has been recorded as {RecommendationStatusNames.Display(r.Status).ToLowerInvariant()}";

    protected override string DetailsPath(Guid id) => this.Links().EvaluationRecommendations(id);

    public DateOnly Today => UkCalendar.Today(_clock);
}
