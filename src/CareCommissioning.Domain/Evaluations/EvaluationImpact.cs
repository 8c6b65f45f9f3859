namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// An impact of the strategy on people's outcomes, identified with the people involved (EV-P15): positive or negative,
/// short or long term, its relative importance and certainty, who it affects, the evidence behind it and the other
/// impacts it is linked to. An impact without evidence is not recorded.
/// </summary>
public sealed class EvaluationImpact : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid EvaluationId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The outcome it bears on, such as one of the strategy's.</summary>
    public string? Outcome { get; set; }
    public ImpactDirection Direction { get; set; }
    public ImpactTerm Term { get; set; }
    public ImpactImportance Importance { get; set; }
    public ImpactCertainty Certainty { get; set; }

    /// <summary>Who it affects: people, groups, communities, organisations.</summary>
    public required string Affects { get; set; }

    /// <summary>The people it was identified and judged with.</summary>
    public required string IdentifiedWith { get; set; }
    public List<Guid> EvidenceIds { get; set; } = [];

    /// <summary>The contributions (views of people taking part) behind it.</summary>
    public List<Guid> ContributionIds { get; set; } = [];
    public List<Guid> LinkedImpactIds { get; set; } = [];
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>What is wrong with an impact's answers; <paramref name="knownEvidence"/>, <paramref
    /// name="knownContributions"/> and <paramref name="knownImpacts"/> are the ids of the evaluation's own.</summary>
    public static IReadOnlyList<FieldError> Validate(
        EvaluationImpact i,
        IReadOnlySet<Guid> knownEvidence,
        IReadOnlySet<Guid> knownContributions,
        IReadOnlySet<Guid> knownImpacts
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(Title),
            i.Title,
            TitleMaxLength,
            "Enter the impact",
            $"The impact must be {TitleMaxLength} characters or fewer"
        );
        errors.MaxLength(
            nameof(Description),
            i.Description,
            TextMaxLength,
            $"The description must be {TextMaxLength} characters or fewer"
        );
        errors.MaxLength(
            nameof(Outcome),
            i.Outcome,
            TitleMaxLength,
            $"The outcome must be {TitleMaxLength} characters or fewer"
        );
        errors.When(
            !Enum.IsDefined(i.Direction),
            nameof(Direction),
            "Select whether the impact is positive or negative"
        );
        errors.When(!Enum.IsDefined(i.Term), nameof(Term), "Select whether the impact is short or long term");
        errors.When(!Enum.IsDefined(i.Importance), nameof(Importance), "Select how important the impact is");
        errors.When(!Enum.IsDefined(i.Certainty), nameof(Certainty), "Select how certain the impact is");
        errors.Text(
            nameof(Affects),
            i.Affects,
            TextMaxLength,
            "Enter who the impact affects",
            $"Who it affects must be {TextMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(IdentifiedWith),
            i.IdentifiedWith,
            TextMaxLength,
            "Enter who the impact was identified with",
            $"Who it was identified with must be {TextMaxLength} characters or fewer"
        );
        if (
            !errors.When(
                i.EvidenceIds.Count == 0 && i.ContributionIds.Count == 0,
                nameof(EvidenceIds),
                "Select the evidence behind the impact: an impact without evidence cannot be recorded"
            )
        )
            errors.When(
                i.EvidenceIds.Any(e => !knownEvidence.Contains(e))
                    || i.ContributionIds.Any(c => !knownContributions.Contains(c)),
                nameof(EvidenceIds),
                "Select evidence and views from this evaluation"
            );
        errors.When(
            i.LinkedImpactIds.Any(l => l == i.Id || !knownImpacts.Contains(l)),
            nameof(LinkedImpactIds),
            "Link only to other impacts of this evaluation"
        );
        return errors;
    }
}
