namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// An evidence-based recommendation of an evaluation for a sustainable change to the organisation's commissioning
/// policy, practice or strategy (EV-P17), developed with those involved: linked to the impacts, evidence and proposals
/// behind it (a recommendation linked to nothing is refused), agreed or not with who agreed it, and what it started
/// (<see cref="FollowUpKind"/>), kept both ways.
/// </summary>
public sealed class StrategyRecommendation : IAudited, IVersioned, IOrganisationOwned
{
    public const int TextMaxLength = 2000;
    public const int AgreedByMaxLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid EvaluationId { get; set; }
    public required string Text { get; set; }

    /// <summary>Why: how the evidence and impacts lead to it, and how the change is sustainable.</summary>
    public required string Rationale { get; set; }
    public List<Guid> ImpactIds { get; set; } = [];
    public List<Guid> EvidenceIds { get; set; } = [];

    /// <summary>The proposals (contributions) it takes up.</summary>
    public List<Guid> ProposalIds { get; set; } = [];

    /// <summary>Who it was developed with.</summary>
    public required string DevelopedWith { get; set; }
    public RecommendationStatus Status { get; private set; } = RecommendationStatus.Proposed;
    public string? DecidedBy { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public FollowUpKind? FollowUp { get; private set; }
    public Guid? FollowUpRecordId { get; private set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public static IReadOnlyList<FieldError> Validate(
        StrategyRecommendation r,
        IReadOnlySet<Guid> knownImpacts,
        IReadOnlySet<Guid> knownEvidence,
        IReadOnlySet<Guid> knownProposals
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(Text),
            r.Text,
            TextMaxLength,
            "Enter the recommendation",
            $"The recommendation must be {TextMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(Rationale),
            r.Rationale,
            TextMaxLength,
            "Explain how the evidence leads to the recommendation",
            $"The reasons must be {TextMaxLength} characters or fewer"
        );
        if (
            !errors.When(
                r.ImpactIds.Count == 0 && r.EvidenceIds.Count == 0,
                nameof(ImpactIds),
                "Link the recommendation to the impacts or evidence behind it: a recommendation linked to nothing "
                    + "cannot be recorded"
            )
        )
            errors.When(
                r.ImpactIds.Any(i => !knownImpacts.Contains(i))
                    || r.EvidenceIds.Any(e => !knownEvidence.Contains(e))
                    || r.ProposalIds.Any(p => !knownProposals.Contains(p)),
                nameof(ImpactIds),
                "Link only to impacts, evidence and proposals of this evaluation"
            );
        errors.Text(
            nameof(DevelopedWith),
            r.DevelopedWith,
            TextMaxLength,
            "Enter who the recommendation was developed with",
            $"Who it was developed with must be {TextMaxLength} characters or fewer"
        );
        return errors;
    }

    /// <summary>Records the decision on it: agreed or not, by whom and when.</summary>
    public IReadOnlyList<FieldError> Decide(bool? agreed, string? by, DateOnly? on, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.When(Status != RecommendationStatus.Proposed, nameof(Status), "The recommendation has been decided");
        errors.When(agreed is null, nameof(Status), "Select whether the recommendation was agreed");
        errors.Text(
            nameof(DecidedBy),
            by,
            AgreedByMaxLength,
            "Enter who decided it",
            $"Who decided it must be {AgreedByMaxLength} characters or fewer"
        );
        if (!errors.When(on is null, nameof(DecidedOn), "Enter the date it was decided"))
            errors.When(on > today, nameof(DecidedOn), "The date must not be in the future");
        if (errors.Count > 0)
            return errors;
        Status = agreed!.Value ? RecommendationStatus.Agreed : RecommendationStatus.NotAgreed;
        DecidedBy = by!.Trim();
        DecidedOn = on;
        return errors;
    }

    /// <summary>Records the record an agreed recommendation started; once only.</summary>
    public IReadOnlyList<FieldError> Start(FollowUpKind kind, Guid recordId)
    {
        var errors = new FieldErrors();
        errors.When(
            Status != RecommendationStatus.Agreed,
            nameof(FollowUp),
            "Only an agreed recommendation can start an appraisal or a change"
        );
        errors.When(FollowUp is not null, nameof(FollowUp), "The recommendation has already started its follow-up");
        errors.When(!Enum.IsDefined(kind), nameof(FollowUp), "Select what the recommendation starts");
        if (errors.Count > 0)
            return errors;
        FollowUp = kind;
        FollowUpRecordId = recordId;
        return errors;
    }
}
