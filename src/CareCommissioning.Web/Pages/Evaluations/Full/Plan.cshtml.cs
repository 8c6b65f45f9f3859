namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>The full evaluation's action plan, developed with all those involved (EV-P12): scope, methods, indicators,
/// timescales, inter-relationships, roles and responsibilities.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class PlanModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPartPageModel<PlanForm>(db, user, clock)
{
    protected override string Part => "The evaluation plan";

    protected override PlanForm ToForm(StrategyEvaluation e) => PlanForm.From(e);

    protected override void Apply(StrategyEvaluation e, DateTimeOffset now) =>
        Accept(e, e.SetPlan(Input.ToPlan(ModelState, nameof(Input))), now);

    protected override string Describe(StrategyEvaluation e) =>
        e.Plan is { } p
            ? $"{p.Scope}; {EvaluationMethodsNames.Display(p.Methods)}; {p.Indicators}; "
                + $"{DateText.Format(p.StartsOn)} to {DateText.Format(p.ReportsBy)}; "
                + string.Join(", ", p.Roles.Select(r => $"{r.Who}: {r.Responsibility}"))
            : "";
}
