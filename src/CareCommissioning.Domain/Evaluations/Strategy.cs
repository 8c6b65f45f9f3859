namespace CareCommissioning.Domain.Evaluations;

/// <summary>A document a strategy points to, such as the published strategy or its equality assessment.</summary>
public sealed class StrategyDocument
{
    public const int TitleMaxLength = 200;
    public const int AddressMaxLength = 500;

    public required string Title { get; set; }

    /// <summary>Where it is published or kept: a web address or a file path people can find.</summary>
    public required string Address { get; set; }
}

/// <summary>How this strategy relates to another in the library (possibly a partner's).</summary>
public sealed class StrategyRelation
{
    public Guid StrategyId { get; set; }
    public StrategyRelationKind Kind { get; set; }
}

/// <summary>
/// A policy, strategy or plan in the library (EV-P2): the organisation's own or, shared with its partners, a partner's;
/// with its owner, dates, status, documents, the outcomes it aims at and how it relates to others. Evaluations are
/// embedded in its life (EV-P20, P21): it is evaluated at an agreed interval, reminders go out before each due date,
/// and it cannot be renewed unless an evaluation was completed since it started or was last renewed (<see
/// cref="Renew"/>).
/// </summary>
public sealed class Strategy : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 300;
    public const int OwnerMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int OutcomeMaxLength = 300;
    public const int MaxOutcomes = 20;
    public const int MaxDocuments = 20;
    public const int MaxIntervalMonths = 60;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public StrategyKind Kind { get; set; } = StrategyKind.Strategy;

    /// <summary>The person or post responsible for it.</summary>
    public required string Owner { get; set; }
    public StrategyStatus Status { get; private set; } = StrategyStatus.Current;
    public DateOnly? StartsOn { get; set; }

    /// <summary>When it ends or must be renewed.</summary>
    public DateOnly? EndsOn { get; set; }
    public string? Summary { get; set; }

    /// <summary>The outcomes for people and communities it aims at, one to an entry.</summary>
    public List<string> Outcomes { get; set; } = [];
    public List<StrategyDocument> Documents { get; set; } = [];
    public List<StrategyRelation> Relations { get; set; } = [];

    /// <summary>Whether staff of the organisations in a partnership with the owner see it in their library.</summary>
    public bool SharedWithPartners { get; set; } = true;

    /// <summary>How often it is evaluated, in months, and when the next evaluation is due (EV-P21).</summary>
    public int? EvaluationIntervalMonths { get; set; }
    public DateOnly? NextEvaluationDue { get; set; }
    public DateOnly? LastEvaluatedOn { get; set; }

    /// <summary>When it was last renewed, and the evaluation that allowed it (EV-P20).</summary>
    public DateOnly? RenewedOn { get; private set; }
    public Guid? RenewedOnEvaluationId { get; private set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>Records that the strategy moved to <paramref name="status"/> (drafted, made current, put under review,
    /// replaced or withdrawn), as its owner decided; the page and the API move it through here, and <see
    /// cref="StrategyRules.Validate"/> refuses a status that is not one, before anything is saved.</summary>
    public void MoveTo(StrategyStatus status) => Status = status;

    /// <summary>Whether the next evaluation is past due on <paramref name="today"/>.</summary>
    public bool EvaluationOverdue(DateOnly today) =>
        NextEvaluationDue is { } due && due < today && Status is StrategyStatus.Current or StrategyStatus.UnderReview;

    /// <summary>
    /// Renews it until <paramref name="endsOn"/>, allowed only when an evaluation of it was completed (<paramref
    /// name="evaluationCompletedOn"/>) on or after the day it started or was last renewed: a strategy is not carried
    /// on without learning whether it worked (EV-P20). Refused with the reasons, changing nothing.
    /// </summary>
    public IReadOnlyList<FieldError> Renew(
        DateOnly? endsOn,
        Guid? evaluationId,
        DateOnly? evaluationCompletedOn,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        if (!errors.When(endsOn is null, nameof(EndsOn), "Enter the date the renewed strategy ends"))
            errors.When(endsOn <= today, nameof(EndsOn), "The renewed strategy must end after today");
        var since = RenewedOn ?? StartsOn ?? DateOnly.MinValue;
        errors.When(
            evaluationId is null || evaluationCompletedOn is null || evaluationCompletedOn < since,
            nameof(RenewedOnEvaluationId),
            "This strategy cannot be renewed until an evaluation of it has been completed since "
                + (
                    RenewedOn is { } r ? $"it was last renewed on {DateText.Format(r)}"
                    : StartsOn is { } s ? $"it started on {DateText.Format(s)}"
                    : "it started"
                )
        );
        if (errors.Count > 0)
            return errors;
        EndsOn = endsOn;
        RenewedOn = today;
        RenewedOnEvaluationId = evaluationId;
        Status = StrategyStatus.Current;
        return errors;
    }

    /// <summary>Records that an evaluation was completed on <paramref name="on"/>, and schedules the next one at the
    /// agreed interval (EV-P21).</summary>
    public void RecordEvaluated(DateOnly on)
    {
        LastEvaluatedOn = on;
        if (EvaluationIntervalMonths is int months and > 0)
            NextEvaluationDue = on.AddMonths(months);
    }
}
