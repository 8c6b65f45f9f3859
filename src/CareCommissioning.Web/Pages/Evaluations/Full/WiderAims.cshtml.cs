using CareCommissioning.Web.Pages.Strategies;

namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>The critical analysis of the strategy's effect on the organisation's wider policies and aims (EV-P13):
/// each aim in words or one of the library's strategies the user can see, its effect and the analysis.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class WiderAimsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPartPageModel<WiderAimsForm>(db, user, clock)
{
    public IReadOnlyList<Strategy> Library { get; private set; } = [];

    public IEnumerable<SelectListItem> StrategyItems =>
        [new("Not one of the library's", ""), .. Library.Select(s => new SelectListItem(s.Title, s.Id.ToString()))];

    protected override string Part => "The analysis against wider aims";

    protected override async Task<StrategyEvaluation?> FindAsync(Guid id, bool track)
    {
        var found = await base.FindAsync(id, track);
        if (found is not null && Library.Count == 0)
            Library = await StrategyAccess
                .Visible(Db, Me)
                .Where(s => s.Id != found.StrategyId)
                .OrderBy(s => s.Title)
                .ToListAsync();
        return found;
    }

    protected override WiderAimsForm ToForm(StrategyEvaluation e) => WiderAimsForm.From(e);

    protected override void Apply(StrategyEvaluation e, DateTimeOffset now) =>
        Accept(e, e.SetWiderAims(Input.ToAims(Library)), now);

    protected override string Describe(StrategyEvaluation e) =>
        string.Join("; ", e.WiderAims.Select(a => $"{a.Aim}: {AimEffectNames.Display(a.Effect)}, {a.Analysis}"));
}
