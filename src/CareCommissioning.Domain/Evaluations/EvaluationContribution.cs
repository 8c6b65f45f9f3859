namespace CareCommissioning.Domain.Evaluations;

/// <summary>What a person taking part in an evaluation sends.</summary>
public enum EvaluationContributionKind
{
    /// <summary>Feedback on a version of the draft report (EV-P9).</summary>
    ReportFeedback = 1,

    /// <summary>An effect the strategy had, for better or worse (EV-P15).</summary>
    Impact,

    /// <summary>An idea to make more of the good effects or less of the bad (EV-P16).</summary>
    Proposal,

    /// <summary>Anything else about the strategy or the evaluation (EV-P1, P7).</summary>
    Comment,
}

/// <summary>How each EvaluationContributionKind reads on pages, in documents and in the API.</summary>
public static class EvaluationContributionKindNames
{
    public static string Display(EvaluationContributionKind value) =>
        value switch
        {
            EvaluationContributionKind.ReportFeedback => "Feedback on the draft report",
            EvaluationContributionKind.Impact => "An effect the strategy had",
            EvaluationContributionKind.Proposal => "An idea for improvement",
            EvaluationContributionKind.Comment => "A comment",
            _ => value.ToString(),
        };
}

/// <summary>
/// A view sent by someone taking part in an evaluation (EV-P1, P7, P9, P15, P16): a person who uses services, a carer,
/// a partner, a provider; or one the commissioner recorded for them from a meeting, an interview or a letter. Kept as
/// sent; the commissioner adds a reply and what it changed.
/// </summary>
public sealed class EvaluationContribution : IAudited, IOrganisationOwned
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The evaluation's organisation, so the record stays with its owner.</summary>
    public Guid OrganisationId { get; set; }
    public Guid EvaluationId { get; set; }
    public EvaluationContributionKind Kind { get; set; }

    /// <summary>For feedback, the report version it is about.</summary>
    public int? ReportVersion { get; set; }
    public required string Text { get; set; }

    /// <summary>The user who sent it, or null when the commissioner recorded it for someone.</summary>
    public string? AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorOrganisation { get; set; }

    /// <summary>How it was given when recorded for someone: a meeting, an interview, a letter, a phone call.</summary>
    public string? GivenThrough { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? Response { get; set; }
    public string? RespondedBy { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>Replies to it, saying what it changed.</summary>
    public IReadOnlyList<FieldError> Reply(string? response, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(Response),
            response,
            TextMaxLength,
            "Enter your reply, saying what the view changed",
            $"The reply must be {TextMaxLength} characters or fewer"
        );
        if (errors.Count > 0)
            return errors;
        Response = response!.Trim();
        RespondedBy = by;
        RespondedAt = now;
        return errors;
    }
}
