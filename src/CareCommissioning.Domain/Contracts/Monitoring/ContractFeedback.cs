namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>Who the feedback came from.</summary>
public enum FeedbackSource
{
    PersonUsingService = 1,
    FamilyCarer = 2,
    Advocate = 3,
    Staff = 4,
    Other = 5,
}

/// <summary>How the feedback was received.</summary>
public enum FeedbackChannel
{
    Survey = 1,
    Complaint = 2,
    Compliment = 3,
    Meeting = 4,
    Other = 5,
}

/// <summary>Whether the feedback is a complaint, a compliment, or neither.</summary>
public enum FeedbackKind
{
    Complaint = 1,
    Compliment = 2,
    Comment = 3,
}

public static class FeedbackSourceNames
{
    public static string Display(FeedbackSource value) =>
        value switch
        {
            FeedbackSource.PersonUsingService => "A person using the service",
            FeedbackSource.FamilyCarer => "A family carer",
            FeedbackSource.Advocate => "An advocate",
            FeedbackSource.Staff => "Staff",
            FeedbackSource.Other => "Someone else",
            _ => value.ToString(),
        };
}

public static class FeedbackChannelNames
{
    public static string Display(FeedbackChannel value) =>
        value switch
        {
            FeedbackChannel.Survey => "Survey",
            FeedbackChannel.Complaint => "Complaint",
            FeedbackChannel.Compliment => "Compliment",
            FeedbackChannel.Meeting => "Meeting",
            FeedbackChannel.Other => "Other",
            _ => value.ToString(),
        };
}

public static class FeedbackKindNames
{
    public static string Display(FeedbackKind value) =>
        value switch
        {
            FeedbackKind.Complaint => "Complaint",
            FeedbackKind.Compliment => "Compliment",
            FeedbackKind.Comment => "Neither",
            _ => value.ToString(),
        };
}

/// <summary>
/// Feedback about a contract's service from the people who use it, their family carers, advocates or staff (CD-P18:
/// monitoring draws on what people say, not only on the provider's returns): when, from whom (who may stay
/// anonymous), how it came in, what they said, whether it is a complaint or a compliment, and what was done.
/// </summary>
public sealed class ContractFeedback : IAudited, IOrganisationOwned
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid ContractId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public FeedbackSource Source { get; set; }

    /// <summary>The person's name; none when they wish to stay anonymous.</summary>
    public string? FromName { get; set; }
    public FeedbackChannel Channel { get; set; }
    public required string Said { get; set; }
    public FeedbackKind Kind { get; set; }
    public string? ActionTaken { get; set; }

    /// <summary>The name of the user who recorded it, and whether they did so as the provider.</summary>
    public required string RecordedByName { get; set; }
    public bool RecordedByProvider { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>Feedback's answers, as a page or the API settled them.</summary>
public sealed record FeedbackDetails(
    DateOnly? ReceivedOn,
    FeedbackSource? Source,
    string? FromName,
    FeedbackChannel? Channel,
    string? Said,
    FeedbackKind? Kind,
    string? ActionTaken
)
{
    public void ApplyTo(ContractFeedback f)
    {
        f.ReceivedOn = ReceivedOn!.Value;
        f.Source = Source!.Value;
        f.FromName = string.IsNullOrWhiteSpace(FromName) ? null : FromName.Trim();
        f.Channel = Channel!.Value;
        f.Said = Said!.Trim();
        f.Kind = Kind!.Value;
        f.ActionTaken = string.IsNullOrWhiteSpace(ActionTaken) ? null : ActionTaken.Trim();
    }
}

public static class FeedbackRules
{
    public static IReadOnlyList<FieldError> Validate(FeedbackDetails d, DateOnly today)
    {
        var errors = new FieldErrors();
        if (!errors.When(d.ReceivedOn is null, nameof(d.ReceivedOn), "Enter the date the feedback was received"))
            errors.When(
                d.ReceivedOn > today,
                nameof(d.ReceivedOn),
                "The date the feedback was received must be today or in the past"
            );
        errors.When(d.Source is not { } s || !Enum.IsDefined(s), nameof(d.Source), "Select who the feedback is from");
        errors.When(
            d.FromName?.Length > ContractFeedback.NameMaxLength,
            nameof(d.FromName),
            $"Their name must be {ContractFeedback.NameMaxLength} characters or fewer"
        );
        errors.When(
            d.Channel is not { } c || !Enum.IsDefined(c),
            nameof(d.Channel),
            "Select how the feedback was received"
        );
        errors.Text(
            nameof(d.Said),
            d.Said,
            ContractFeedback.TextMaxLength,
            "Enter what they said",
            $"What they said must be {ContractFeedback.TextMaxLength} characters or fewer"
        );
        errors.When(
            d.Kind is not { } k || !Enum.IsDefined(k),
            nameof(d.Kind),
            "Select whether it is a complaint, a compliment or neither"
        );
        errors.When(
            d.ActionTaken?.Length > ContractFeedback.TextMaxLength,
            nameof(d.ActionTaken),
            $"What was done must be {ContractFeedback.TextMaxLength} characters or fewer"
        );
        return errors;
    }
}
