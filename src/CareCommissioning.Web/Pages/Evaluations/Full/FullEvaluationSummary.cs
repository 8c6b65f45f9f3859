namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>What the evaluation's page shows of the full evaluation and acting on it: the tasks and their
/// state.</summary>
public sealed class FullEvaluationSummary
{
    /// <summary>One task of the list: its name, the page it is done on, and its state in words.</summary>
    public sealed record Task(string Name, string Page, string State, bool Done);

    public required StrategyEvaluation Evaluation { get; init; }
    public bool CanChange { get; init; }
    public IReadOnlyList<Task> Tasks { get; init; } = [];

    public static async Task<FullEvaluationSummary> LoadAsync(
        AppDbContext db,
        StrategyEvaluation evaluation,
        bool canChange
    )
    {
        var e = evaluation;
        if (e.Stage is EvaluationStage.Screening or EvaluationStage.ClosedAfterScreening)
            return new FullEvaluationSummary { Evaluation = e, CanChange = canChange };
        var v = await FullEvaluationView.LoadAsync(db, e, canChange);
        var agreed = v.Recommendations.Where(r => r.Status == RecommendationStatus.Agreed).ToList();
        var withoutAction = agreed.Count(r => v.ActionsFor(r.Id).Count == 0);
        static string Count(int n, string one, string many) => n == 0 ? "Not started" : $"{n} {(n == 1 ? one : many)}";
        return new FullEvaluationSummary
        {
            Evaluation = e,
            CanChange = canChange,
            Tasks =
            [
                new("Agree its status", "Status", e.Status is null ? "Not started" : "Agreed", e.Status is not null),
                new("Plan the evaluation", "Plan", e.Plan is null ? "Not started" : "Planned", e.Plan is not null),
                new(
                    "Analyse the effect on wider aims",
                    "WiderAims",
                    Count(e.WiderAims.Count, "aim analysed", "aims analysed"),
                    e.WiderAims.Count > 0
                ),
                new(
                    "Record the impacts",
                    "Impacts/Index",
                    Count(v.Impacts.Count, "impact", "impacts"),
                    v.Impacts.Count > 0
                ),
                new(
                    "Share the analysis",
                    "Impacts/Index",
                    Count(v.SharedAs(SharedItem.EvaluationAnalysis).Count, "record of sharing", "records of sharing"),
                    v.SharedAs(SharedItem.EvaluationAnalysis).Count > 0
                ),
                new(
                    "Gather proposals",
                    "Proposals",
                    Count(v.Proposals.Count, "proposal", "proposals"),
                    v.Proposals.Count > 0
                ),
                new(
                    "Make recommendations",
                    "Recommendations/Index",
                    v.Recommendations.Count == 0
                        ? "Not started"
                        : $"{agreed.Count} of {v.Recommendations.Count} agreed",
                    agreed.Count > 0
                ),
                new(
                    "Present the recommendations",
                    "Recommendations/Index",
                    Count(
                        v.SharedAs(SharedItem.Recommendations).Count,
                        "record of presenting",
                        "records of presenting"
                    ),
                    v.SharedAs(SharedItem.Recommendations).Count > 0
                ),
                new(
                    "Plan the actions",
                    "Recommendations/Index",
                    v.Actions.Count == 0 ? "Not started"
                        : withoutAction > 0 ? $"{withoutAction} agreed recommendation(s) without an action"
                        : $"{v.Actions.Count} action{(v.Actions.Count == 1 ? "" : "s")}",
                    agreed.Count > 0 && withoutAction == 0
                ),
                new(
                    "Complete the evaluation",
                    "Complete",
                    e.Stage == EvaluationStage.Completed
                        ? $"Completed {DateText.Format(e.CompletedOn!.Value)}"
                        : "Not done",
                    e.Stage == EvaluationStage.Completed
                ),
            ],
        };
    }
}
