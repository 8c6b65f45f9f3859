namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>
/// What the full evaluation's pages read about one evaluation: its strategy, evidence, people's views and proposals,
/// impacts, recommendations, actions with their risks, and the records of who the analysis and the recommendations
/// were shared with.
/// </summary>
public sealed class FullEvaluationView
{
    public required StrategyEvaluation Evaluation { get; init; }
    public Strategy? Strategy { get; init; }
    public bool CanChange { get; init; }
    public IReadOnlyList<EvaluationEvidence> Evidence { get; init; } = [];
    public IReadOnlyList<EvaluationContribution> Contributions { get; init; } = [];
    public IReadOnlyList<EvaluationImpact> Impacts { get; init; } = [];
    public IReadOnlyList<StrategyRecommendation> Recommendations { get; init; } = [];
    public IReadOnlyList<EvaluationAction> Actions { get; init; } = [];
    public IReadOnlyDictionary<Guid, (Risk? OfAction, Risk? OfInaction)> Risks { get; init; } =
        new Dictionary<Guid, (Risk?, Risk?)>();
    public IReadOnlyList<EvaluationSharing> Sharings { get; init; } = [];

    public IReadOnlyList<EvaluationContribution> Views =>
        Contributions.Where(c => FullEvaluationCommands.Views.Contains(c.Kind)).ToList();

    public IReadOnlyList<EvaluationContribution> Proposals =>
        Contributions.Where(c => c.Kind == EvaluationContributionKind.Proposal).ToList();

    public IReadOnlyList<EvaluationSharing> SharedAs(SharedItem item) => Sharings.Where(s => s.Item == item).ToList();

    public string ImpactTitle(Guid id) => Impacts.FirstOrDefault(i => i.Id == id)?.Title ?? "An impact no longer held";

    public string EvidenceTitle(Guid id) =>
        Evidence.FirstOrDefault(e => e.Id == id)?.Title ?? "Evidence no longer held";

    public string ContributionText(Guid id) =>
        Contributions.FirstOrDefault(c => c.Id == id) is { } c ? $"{c.AuthorName}: {c.Text}" : "A view no longer held";

    public IReadOnlyList<EvaluationAction> ActionsFor(Guid recommendationId) =>
        Actions.Where(a => a.RecommendationId == recommendationId).ToList();

    public static async Task<FullEvaluationView> LoadAsync(AppDbContext db, StrategyEvaluation e, bool canChange)
    {
        var actions = await db
            .EvaluationActions.AsNoTracking()
            .Where(a => a.EvaluationId == e.Id)
            .OrderBy(a => a.DueOn)
            .ToListAsync();
        return new FullEvaluationView
        {
            Evaluation = e,
            CanChange = canChange,
            Strategy = await EvaluationAccess.StrategyOfAsync(db, e),
            Evidence = await db
                .EvaluationEvidence.AsNoTracking()
                .Where(x => x.EvaluationId == e.Id)
                .OrderBy(x => x.Title)
                .ToListAsync(),
            Contributions = (
                await db.EvaluationContributions.AsNoTracking().Where(x => x.EvaluationId == e.Id).ToListAsync()
            )
                .OrderBy(x => x.SubmittedAt)
                .ToList(),
            Impacts = (await db.EvaluationImpacts.AsNoTracking().Where(x => x.EvaluationId == e.Id).ToListAsync())
                .OrderBy(x => x.Title, StringComparer.OrdinalIgnoreCase)
                .ToList(),
            Recommendations = (
                await db.StrategyRecommendations.AsNoTracking().Where(x => x.EvaluationId == e.Id).ToListAsync()
            )
                .OrderBy(x => x.CreatedAt)
                .ToList(),
            Actions = actions,
            Risks = await FullEvaluationCommands.RisksAsync(db, actions),
            Sharings = (
                await db
                    .EvaluationSharings.AsNoTracking()
                    .Where(x =>
                        x.EvaluationId == e.Id
                        && (x.Item == SharedItem.EvaluationAnalysis || x.Item == SharedItem.Recommendations)
                    )
                    .ToListAsync()
            )
                .OrderBy(x => x.SharedOn)
                .ToList(),
        };
    }

    /// <summary>The impacts' chart (EV-P15): each impact's signed weight, importance 1–3 and negative below zero; the
    /// page shows the data table beside it.</summary>
    public string ImpactChart() =>
        Infrastructure.Charts.HorizontalBarChart.Render(
            "impact-chart",
            "Weight of each impact: importance from 1 (low) to 3 (high), negative impacts below zero",
            Impacts.Count == 0
                ? "No impacts recorded yet."
                : string.Join(
                    "; ",
                    Impacts.Select(i =>
                        $"{i.Title}: {ImpactDirectionNames.Display(i.Direction).ToLowerInvariant()}, "
                        + $"{ImpactTermNames.Display(i.Term).ToLowerInvariant()}, weight {ImpactMatrix.Weight(i)}"
                    )
                ),
            Impacts.Select(i => (i.Title, (decimal)ImpactMatrix.Weight(i))).ToList(),
            v => v.ToString("+0;-0;0", System.Globalization.CultureInfo.InvariantCulture),
            colour: "#00703c"
        );

    /// <summary>The impacts as the rows of their table and download.</summary>
    public static readonly IReadOnlyList<string> ImpactHeader =
    [
        "Impact",
        "Direction",
        "Term",
        "Importance",
        "Certainty",
        "Weight",
        "Outcome",
        "Who it affects",
        "Identified with",
        "Evidence",
        "Linked impacts",
    ];

    public IEnumerable<IReadOnlyList<string>> ImpactRows() =>
        Impacts.Select(i =>
            (IReadOnlyList<string>)
                [
                    i.Title,
                    ImpactDirectionNames.Display(i.Direction),
                    ImpactTermNames.Display(i.Term),
                    ImpactImportanceNames.Display(i.Importance),
                    ImpactCertaintyNames.Display(i.Certainty),
                    ImpactMatrix.Weight(i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    i.Outcome ?? "",
                    i.Affects,
                    i.IdentifiedWith,
                    string.Join(
                        "; ",
                        i.EvidenceIds.Select(EvidenceTitle).Concat(i.ContributionIds.Select(ContributionText))
                    ),
                    string.Join("; ", i.LinkedImpactIds.Select(ImpactTitle)),
                ]
        );
}
