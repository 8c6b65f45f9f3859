using CareCommissioning.Web.Pages.Evaluations.Full.Impacts;

namespace CareCommissioning.Web.Pages.Evaluations.Full.Recommendations;

/// <summary>A recommendation's answers as typed, with the version it was read at.</summary>
public sealed class RecommendationForm : IVersionedForm
{
    public string? Text { get; set; }
    public string? Rationale { get; set; }
    public List<string> ImpactIds { get; set; } = [];
    public List<string> EvidenceIds { get; set; } = [];
    public List<string> ProposalIds { get; set; } = [];
    public string? DevelopedWith { get; set; }
    public int Version { get; set; }

    public static RecommendationForm From(StrategyRecommendation r) =>
        new()
        {
            Text = r.Text,
            Rationale = r.Rationale,
            ImpactIds = r.ImpactIds.Select(x => x.ToString()).ToList(),
            EvidenceIds = r.EvidenceIds.Select(x => x.ToString()).ToList(),
            ProposalIds = r.ProposalIds.Select(x => x.ToString()).ToList(),
            DevelopedWith = r.DevelopedWith,
            Version = r.Version,
        };

    public RecommendationAnswers ToAnswers() =>
        new(
            Text,
            Rationale,
            ImpactForm.Ids(ImpactIds),
            ImpactForm.Ids(EvidenceIds),
            ImpactForm.Ids(ProposalIds),
            DevelopedWith
        );
}

/// <summary>What a recommendation can stand on: the evaluation's impacts, evidence and proposals.</summary>
public sealed record RecommendationChoices(
    IReadOnlyList<SelectListItem> Impacts,
    IReadOnlyList<SelectListItem> Evidence,
    IReadOnlyList<SelectListItem> Proposals
)
{
    public static async Task<RecommendationChoices> LoadAsync(AppDbContext db, StrategyEvaluation e)
    {
        var v = await FullEvaluationView.LoadAsync(db, e, true);
        return new RecommendationChoices(
            v.Impacts.Select(x => new SelectListItem(
                    $"{x.Title} ({ImpactDirectionNames.Display(x.Direction).ToLowerInvariant()}, "
                        + $"{ImpactImportanceNames.Display(x.Importance).ToLowerInvariant()})",
                    x.Id.ToString()
                ))
                .ToList(),
            v.Evidence.Select(x => new SelectListItem($"{x.Title}: {x.Finding}", x.Id.ToString())).ToList(),
            v.Proposals.Select(x => new SelectListItem($"{x.AuthorName}: {x.Text}", x.Id.ToString())).ToList()
        );
    }
}

/// <summary>A page with the recommendation form, for the shared fields.</summary>
public interface IRecommendationPage
{
    RecommendationForm Input { get; }
    RecommendationChoices Choices { get; }
}
