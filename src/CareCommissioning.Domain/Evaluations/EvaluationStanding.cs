namespace CareCommissioning.Domain.Evaluations;

/// <summary>The status an evaluation is given in the organisation (EV-P11): who owns it and how much weight it
/// carries.</summary>
public enum EvaluationStanding
{
    /// <summary>A corporate priority, reported to the council's cabinet or the NHS body's board.</summary>
    CorporatePriority = 1,

    /// <summary>A directorate's own evaluation, reported to its management team.</summary>
    Directorate,

    /// <summary>A service's review, reported to its manager.</summary>
    Service,

    /// <summary>Joint with partners, reported to the partnership's board.</summary>
    Partnership,
}

/// <summary>How each EvaluationStanding reads on pages, in documents and in the API.</summary>
public static class EvaluationStandingNames
{
    public static string Display(EvaluationStanding value) =>
        value switch
        {
            EvaluationStanding.CorporatePriority => "Corporate priority",
            EvaluationStanding.Directorate => "Directorate evaluation",
            EvaluationStanding.Service => "Service review",
            EvaluationStanding.Partnership => "Joint evaluation with partners",
            _ => value.ToString(),
        };
}
