using CareCommissioning.Domain.Contracts.Implementation;

namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// A record that a contract design's outcomes and what they would mean (cost, resources, risk, sustainability, the
/// conflicts resolved) were shared with people who use services, carers, key people or communities so they could make
/// a decision (CD-P3): who, in which formats, on which date, what they decided or said, and whether the design changed
/// as a result; who recorded it and when.
/// </summary>
public sealed class DesignShare : IAudited, IOrganisationOwned
{
    public const int RecipientsMaxLength = 2000;
    public const int TextMaxLength = 2000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid DesignId { get; set; }

    /// <summary>The people or groups given it, one to a line, as the user wrote them.</summary>
    public required string Recipients { get; set; }
    public PlanFormats Formats { get; set; }
    public DateOnly SharedOn { get; set; }

    /// <summary>What the people decided or said with it, such as the outcome they chose as the top priority.</summary>
    public required string Decision { get; set; }

    /// <summary>Whether the design changed as a result, and how.</summary>
    public bool DesignChanged { get; set; }
    public string? Changes { get; set; }
    public required string ByName { get; set; }
    public DateTimeOffset At { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>What is wrong with a share's answers: who, how, when (not after <paramref name="today"/>) and what
    /// they decided are needed, and how the design changed when it did.</summary>
    public static IReadOnlyList<FieldError> Validate(
        string? recipients,
        PlanFormats formats,
        DateOnly? sharedOn,
        string? decision,
        bool? designChanged,
        string? changes,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(Recipients),
            recipients,
            RecipientsMaxLength,
            "Enter who the design was shared with",
            $"Who it was shared with must be {RecipientsMaxLength} characters or fewer"
        );
        errors.When(formats == PlanFormats.None, nameof(Formats), "Select how the design was shared");
        if (!errors.When(sharedOn is null, nameof(SharedOn), "Enter the date the design was shared"))
            errors.When(sharedOn > today, nameof(SharedOn), "The date it was shared must be today or in the past");
        errors.Text(
            nameof(Decision),
            decision,
            TextMaxLength,
            "Enter what the people decided or said, for example the outcome they chose as the top priority",
            $"What they decided must be {TextMaxLength} characters or fewer"
        );
        errors.When(designChanged is null, nameof(DesignChanged), "Select whether the design changed as a result");
        if (designChanged == true)
            errors.Text(
                nameof(Changes),
                changes,
                TextMaxLength,
                "Enter how the design changed as a result",
                $"How the design changed must be {TextMaxLength} characters or fewer"
            );
        else
            errors.MaxLength(
                nameof(Changes),
                changes,
                TextMaxLength,
                $"How the design changed must be {TextMaxLength} characters or fewer"
            );
        return errors;
    }
}
