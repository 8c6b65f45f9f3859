namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>The conclusion of the evaluation that completes it.</summary>
public sealed class CompleteForm : IVersionedForm
{
    public string? Conclusion { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// Completes the evaluation with its conclusion and lessons, once a recommendation was agreed and each agreed one has
/// an action; in the same save the strategy records that it was evaluated, which schedules its next evaluation at the
/// agreed interval (EV-P20, P21).
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class CompleteModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPartPageModel<CompleteForm>(db, user, clock)
{
    private (int Agreed, int WithoutAction) _counts;
    private Strategy? _strategy;

    public Strategy? Strategy => _strategy;

    protected override string Part => "The conclusion";

    protected override async Task<StrategyEvaluation?> FindAsync(Guid id, bool track)
    {
        var e = await base.FindAsync(id, track);
        if (e is null)
            return null;
        _counts = await FullEvaluationCommands.RecommendationCountsAsync(Db, id);
        var strategies = track ? Db.Strategies : Db.Strategies.AsNoTracking();
        _strategy = await strategies.FirstOrDefaultAsync(s => s.Id == e.StrategyId);
        return e;
    }

    protected override CompleteForm ToForm(StrategyEvaluation e) =>
        new() { Conclusion = e.Conclusion, Version = e.Version };

    protected override void Apply(StrategyEvaluation e, DateTimeOffset now)
    {
        var errors = FullEvaluationCommands.Complete(e, _strategy, Input.Conclusion, _counts, Today, now);
        ModelState.AddDomainErrors(nameof(Input), errors, f =>
            f == nameof(CompleteForm.Conclusion) ? $"Input.{f}" : ""
        );
    }

    protected override string Describe(StrategyEvaluation e) => e.Conclusion ?? "";

    protected override string SavedMessage(StrategyEvaluation e) =>
        $"'{e.Title}' has been completed"
        + (
            _strategy?.NextEvaluationDue is { } due
                ? $". The next evaluation of '{_strategy.Title}' is due on {DateText.Format(due)}"
                : ""
        );
}
