namespace CareCommissioning.Domain.Evaluations;

/// <summary>A criterion of the preliminary assessment (EV-P6), and what the assessment found against it.</summary>
public sealed class ScreeningCriterion
{
    public const int TextMaxLength = 500;
    public const int FindingMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Text { get; set; } = "";
    public string? Finding { get; set; }
}

/// <summary>The equality screening of one protected characteristic: the likely effect and why.</summary>
public sealed class EqualityScreening
{
    public const int NoteMaxLength = 1000;

    public ProtectedCharacteristic Characteristic { get; set; }
    public EqualityEffect Effect { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// The preliminary assessment's agreed process and criteria (EV-P6), agreed with the commissioning partners, and its
/// equality impact screening against the protected characteristics (Equality Act 2010 s149, DESIGN §3).
/// </summary>
public sealed class EvaluationScreening
{
    public const int TextMaxLength = 4000;
    public const int AgreedWithMaxLength = 1000;
    public const int MaxCriteria = 30;

    /// <summary>How the assessment is done: who takes part, what is looked at, how views are gathered, by
    /// when.</summary>
    public string? Process { get; set; }
    public List<ScreeningCriterion> Criteria { get; set; } = [];

    /// <summary>Who agreed the process and criteria, and when; null while it is proposed.</summary>
    public string? AgreedWith { get; set; }
    public DateOnly? AgreedOn { get; set; }
    public List<EqualityScreening> Equality { get; set; } = [];

    /// <summary>The screening's conclusion on equality: whether a full equality impact assessment is needed, and
    /// why.</summary>
    public bool? FullEqualityAssessmentNeeded { get; set; }
    public string? EqualityConclusion { get; set; }

    public bool Agreed => AgreedOn is not null;

    public bool EqualityScreened =>
        ProtectedCharacteristicNames.Each.All(c => Equality.Any(e => e.Characteristic == c))
        && FullEqualityAssessmentNeeded is not null;
}

/// <summary>
/// One version of the preliminary assessment's report (EV-P8…P10): its findings, whether it recommends a full
/// evaluation and why, the amendments made since the last version in answer to the feedback, and the date the feedback
/// period closes.
/// </summary>
public sealed class ReportVersion
{
    public const int TextMaxLength = 8000;

    public int Number { get; set; }
    public string Findings { get; set; } = "";
    public bool RecommendsFullEvaluation { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>What changed from the previous version and why, such as the feedback that led to it.</summary>
    public string? Amendments { get; set; }
    public DateOnly FeedbackClosesOn { get; set; }
    public string IssuedBy { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
}

/// <summary>The agreement of a report version as the final report (EV-P10).</summary>
public sealed class ReportAgreement
{
    public const int AgreedByMaxLength = 1000;

    public int VersionNumber { get; set; }

    /// <summary>Who agreed it: the partners, the board or the people named.</summary>
    public string AgreedBy { get; set; } = "";
    public DateOnly AgreedOn { get; set; }
    public string RecordedBy { get; set; } = "";
}
