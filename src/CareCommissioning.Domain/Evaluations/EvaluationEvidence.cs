namespace CareCommissioning.Domain.Evaluations;

/// <summary>One answer of a survey: the question, the answer given and how many people gave it.</summary>
public sealed class SurveyAnswer
{
    public required string Question { get; set; }
    public required string Answer { get; set; }
    public int Respondents { get; set; }
}

/// <summary>
/// A finding of monitoring gathered for an evaluation (EV-P3): from a contract's KPI returns, a pooled budget's
/// measures, a purchasing evaluation, complaints and compliments, a survey imported from a spreadsheet, research or
/// people's views; what it shows (the analysis), and the record it was drawn from, when there is one.
/// </summary>
public sealed class EvaluationEvidence : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 4000;
    public const int MaxSurveyAnswers = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid EvaluationId { get; set; }
    public EvidenceKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>What the evidence shows: the analysis of the finding.</summary>
    public required string Finding { get; set; }

    /// <summary>The record it was drawn from ("Contract", "Partnership", "PurchaseRequest") and its id.</summary>
    public string? SourceType { get; set; }
    public Guid? SourceId { get; set; }

    /// <summary>The period the evidence covers.</summary>
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public List<SurveyAnswer> SurveyAnswers { get; set; } = [];
    public required string AddedBy { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();

    public static IReadOnlyList<FieldError> Validate(EvaluationEvidence e)
    {
        var errors = new FieldErrors();
        errors.When(!Enum.IsDefined(e.Kind), nameof(Kind), "Select where the evidence comes from");
        errors.Text(
            nameof(Title),
            e.Title,
            TitleMaxLength,
            "Enter a title for the evidence",
            $"The title must be {TitleMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(Finding),
            e.Finding,
            TextMaxLength,
            "Enter what the evidence shows",
            $"What it shows must be {TextMaxLength} characters or fewer"
        );
        errors.When(
            e.PeriodFrom is { } from && e.PeriodTo is { } to && to < from,
            nameof(PeriodTo),
            "The end of the period must be on or after its start"
        );
        errors.When(
            e.SurveyAnswers.Count > MaxSurveyAnswers,
            nameof(SurveyAnswers),
            $"A survey can have {MaxSurveyAnswers} answers or fewer"
        );
        return errors;
    }
}
