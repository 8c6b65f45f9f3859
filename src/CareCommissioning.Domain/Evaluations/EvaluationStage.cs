namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// Where an evaluation is: the preliminary assessment (screening, EV-P6…P10); closed after screening when the agreed
/// report does not recommend a full evaluation; the full evaluation and acting on it (EV-P11…P19); completed.
/// </summary>
public enum EvaluationStage
{
    Screening = 1,
    ClosedAfterScreening,
    FullEvaluation,
    Completed,
}

/// <summary>How each EvaluationStage reads on pages, in lists and downloads and in the API.</summary>
public static class EvaluationStageNames
{
    public static string Display(EvaluationStage value) =>
        value switch
        {
            EvaluationStage.Screening => "Preliminary assessment",
            EvaluationStage.ClosedAfterScreening => "Closed after preliminary assessment",
            EvaluationStage.FullEvaluation => "Full evaluation",
            EvaluationStage.Completed => "Completed",
            _ => value.ToString(),
        };
}
