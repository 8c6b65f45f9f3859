namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>What the evaluation's page shows of the full evaluation and acting on it: the tasks and their
/// state.</summary>
public sealed class FullEvaluationSummary
{
    public required StrategyEvaluation Evaluation { get; init; }
    public bool CanChange { get; init; }

    public static Task<FullEvaluationSummary> LoadAsync(AppDbContext db, StrategyEvaluation evaluation, bool canChange)
    {
        _ = db;
        return Task.FromResult(new FullEvaluationSummary { Evaluation = evaluation, CanChange = canChange });
    }
}
