namespace CareCommissioning.Domain.Purchasing;

/// <summary>The criteria for choosing the supplier (PU-P7). Whole-life cost is scored from the quotes' costs; the
/// others 0–5 by the requester.</summary>
public enum SelectionCriterion
{
    WholeLifeCost = 1,
    Quality = 2,
    Sustainability = 3,
    Outcomes = 4,
    SocialValue = 5,
    OrganisationalPolicy = 6,
}

/// <summary>The weight of each selection criterion, whole numbers totalling 100. A plain class so it is stored with the
/// request.</summary>
public sealed class SupplierSelectionWeights
{
    public int WholeLifeCost { get; set; }
    public int Quality { get; set; }
    public int Sustainability { get; set; }
    public int Outcomes { get; set; }
    public int SocialValue { get; set; }
    public int OrganisationalPolicy { get; set; }

    public int Total => WholeLifeCost + Quality + Sustainability + Outcomes + SocialValue + OrganisationalPolicy;

    public int For(SelectionCriterion c) =>
        c switch
        {
            SelectionCriterion.WholeLifeCost => WholeLifeCost,
            SelectionCriterion.Quality => Quality,
            SelectionCriterion.Sustainability => Sustainability,
            SelectionCriterion.Outcomes => Outcomes,
            SelectionCriterion.SocialValue => SocialValue,
            SelectionCriterion.OrganisationalPolicy => OrganisationalPolicy,
            _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Unknown criterion."),
        };

    /// <summary>The criteria scored 0–5 by the requester, in order.</summary>
    public static readonly IReadOnlyList<SelectionCriterion> Scored =
    [
        SelectionCriterion.Quality,
        SelectionCriterion.Sustainability,
        SelectionCriterion.Outcomes,
        SelectionCriterion.SocialValue,
        SelectionCriterion.OrganisationalPolicy,
    ];
}
