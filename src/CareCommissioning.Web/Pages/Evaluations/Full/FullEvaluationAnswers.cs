namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>An impact's answers as the page or the API gives them; enums are null when none was chosen.</summary>
public sealed record ImpactAnswers(
    string? Title,
    string? Description,
    string? Outcome,
    ImpactDirection? Direction,
    ImpactTerm? Term,
    ImpactImportance? Importance,
    ImpactCertainty? Certainty,
    string? Affects,
    string? IdentifiedWith,
    IReadOnlyList<Guid> EvidenceIds,
    IReadOnlyList<Guid> ContributionIds,
    IReadOnlyList<Guid> LinkedImpactIds
)
{
    /// <summary>The answers as an impact (not saved) with the id <paramref name="id"/>, for the domain's
    /// check.</summary>
    public EvaluationImpact ToImpact(Guid id, Guid organisationId, Guid evaluationId) =>
        new()
        {
            Id = id,
            OrganisationId = organisationId,
            EvaluationId = evaluationId,
            Title = Title?.Trim() ?? "",
            Description = Clean(Description),
            Outcome = Clean(Outcome),
            Direction = Direction ?? 0,
            Term = Term ?? 0,
            Importance = Importance ?? 0,
            Certainty = Certainty ?? 0,
            Affects = Affects?.Trim() ?? "",
            IdentifiedWith = IdentifiedWith?.Trim() ?? "",
            EvidenceIds = EvidenceIds.Distinct().ToList(),
            ContributionIds = ContributionIds.Distinct().ToList(),
            LinkedImpactIds = LinkedImpactIds.Distinct().ToList(),
        };

    /// <summary>Copies a checked impact's answers onto the one held.</summary>
    public static void Copy(EvaluationImpact from, EvaluationImpact to, DateTimeOffset now)
    {
        to.Title = from.Title;
        to.Description = from.Description;
        to.Outcome = from.Outcome;
        to.Direction = from.Direction;
        to.Term = from.Term;
        to.Importance = from.Importance;
        to.Certainty = from.Certainty;
        to.Affects = from.Affects;
        to.IdentifiedWith = from.IdentifiedWith;
        to.EvidenceIds = from.EvidenceIds;
        to.ContributionIds = from.ContributionIds;
        to.LinkedImpactIds = from.LinkedImpactIds;
        to.UpdatedAt = now;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A recommendation's answers as the page or the API gives them.</summary>
public sealed record RecommendationAnswers(
    string? Text,
    string? Rationale,
    IReadOnlyList<Guid> ImpactIds,
    IReadOnlyList<Guid> EvidenceIds,
    IReadOnlyList<Guid> ProposalIds,
    string? DevelopedWith
)
{
    public StrategyRecommendation ToRecommendation(Guid organisationId, Guid evaluationId) =>
        new()
        {
            OrganisationId = organisationId,
            EvaluationId = evaluationId,
            Text = Text?.Trim() ?? "",
            Rationale = Rationale?.Trim() ?? "",
            ImpactIds = ImpactIds.Distinct().ToList(),
            EvidenceIds = EvidenceIds.Distinct().ToList(),
            ProposalIds = ProposalIds.Distinct().ToList(),
            DevelopedWith = DevelopedWith?.Trim() ?? "",
        };

    public static void Copy(StrategyRecommendation from, StrategyRecommendation to, DateTimeOffset now)
    {
        to.Text = from.Text;
        to.Rationale = from.Rationale;
        to.ImpactIds = from.ImpactIds;
        to.EvidenceIds = from.EvidenceIds;
        to.ProposalIds = from.ProposalIds;
        to.DevelopedWith = from.DevelopedWith;
        to.UpdatedAt = now;
    }
}

/// <summary>An action's answers with the risks of taking it and of not taking it.</summary>
public sealed record ActionAnswers(
    string? Text,
    string? Owner,
    DateOnly? DueOn,
    string? Progress,
    ActionRisk RiskOfAction,
    ActionRisk RiskOfInaction
);
