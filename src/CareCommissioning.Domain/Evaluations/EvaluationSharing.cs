using CareCommissioning.Domain.Contracts.Implementation;

namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// A record that part of an evaluation was shared (EV-P4, P9, P14, P18): what, with whom (the groups and the people
/// named), in which formats, on which date, and what they said; who recorded it and when.
/// </summary>
public sealed class EvaluationSharing : IAudited, IOrganisationOwned
{
    public const int RecipientsMaxLength = 2000;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid EvaluationId { get; set; }
    public SharedItem Item { get; set; }

    /// <summary>For a draft report, the version shared.</summary>
    public int? ReportVersion { get; set; }
    public SharedWith Audience { get; set; }

    /// <summary>The people or groups given it, one to a line.</summary>
    public required string Recipients { get; set; }
    public PlanFormats Formats { get; set; }
    public DateOnly SharedOn { get; set; }

    /// <summary>What they said or agreed, if anything yet.</summary>
    public string? Response { get; set; }
    public required string ByName { get; set; }
    public DateTimeOffset At { get; set; }

    public string AuditKey => Id.ToString();

    public static IReadOnlyList<FieldError> Validate(EvaluationSharing s, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.When(!Enum.IsDefined(s.Item), nameof(Item), "Select what you shared");
        errors.When(s.Audience == SharedWith.None, nameof(Audience), "Select who you shared it with");
        errors.Text(
            nameof(Recipients),
            s.Recipients,
            RecipientsMaxLength,
            "Enter the people or groups you shared it with",
            $"Who it was shared with must be {RecipientsMaxLength} characters or fewer"
        );
        errors.When(s.Formats == PlanFormats.None, nameof(Formats), "Select how you shared it");
        if (!errors.When(s.SharedOn == default, nameof(SharedOn), "Enter the date you shared it"))
            errors.When(s.SharedOn > today, nameof(SharedOn), "The date it was shared must be today or in the past");
        errors.MaxLength(
            nameof(Response),
            s.Response,
            TextMaxLength,
            $"What they said must be {TextMaxLength} characters or fewer"
        );
        return errors;
    }
}
