namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// An action of the evaluation's action plan (EV-P19), based on an agreed recommendation and developed with those
/// involved: what, who owns it, by when, and the risks of taking it and of not taking it, each an entry in the risk
/// register linked back to the action.
/// </summary>
public sealed class EvaluationAction : IAudited, IVersioned, IOrganisationOwned
{
    public const int TextMaxLength = 2000;
    public const int OwnerMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid EvaluationId { get; set; }
    public Guid RecommendationId { get; set; }
    public required string Text { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid? RiskOfActionId { get; set; }
    public Guid? RiskOfInactionId { get; set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? Progress { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public bool Overdue(DateOnly today) => CompletedOn is null && DueOn < today;

    /// <summary>What is wrong with an action's answers: text, an owner, and a due date that is not in the past (for a
    /// new action or a changed due date).</summary>
    public static IReadOnlyList<FieldError> Validate(
        string? text,
        string? owner,
        DateOnly? dueOn,
        DateOnly? previousDueOn,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(Text),
            text,
            TextMaxLength,
            "Enter the action",
            $"The action must be {TextMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(Owner),
            owner,
            OwnerMaxLength,
            "Enter who owns the action",
            $"The owner must be {OwnerMaxLength} characters or fewer"
        );
        if (!errors.When(dueOn is null, nameof(DueOn), "Enter the date the action is due"))
            errors.When(
                dueOn < today && dueOn != previousDueOn,
                nameof(DueOn),
                "The due date must be today or in the future"
            );
        return errors;
    }

    public IReadOnlyList<FieldError> Complete(DateOnly? on, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.When(CompletedOn is not null, nameof(CompletedOn), "The action is already done");
        if (!errors.When(on is null, nameof(CompletedOn), "Enter the date the action was done"))
            errors.When(on > today, nameof(CompletedOn), "The date must not be in the future");
        if (errors.Count == 0)
            CompletedOn = on;
        return errors;
    }
}
