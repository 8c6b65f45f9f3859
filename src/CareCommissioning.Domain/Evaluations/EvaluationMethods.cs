namespace CareCommissioning.Domain.Evaluations;

/// <summary>The Magenta Book's three kinds of evaluation (METHODS §8.1), which a plan may combine.</summary>
[Flags]
public enum EvaluationMethods
{
    None = 0,

    /// <summary>Was it delivered as intended, and how?</summary>
    Process = 1,

    /// <summary>What difference did it make compared with what would have happened anyway?</summary>
    Impact = 2,

    /// <summary>Were the benefits worth the costs?</summary>
    ValueForMoney = 4,
}

/// <summary>How EvaluationMethods read on pages, in documents and in the API; a set reads as its names in
/// order.</summary>
public static class EvaluationMethodsNames
{
    public static readonly EvaluationMethods[] Each =
    [
        EvaluationMethods.Process,
        EvaluationMethods.Impact,
        EvaluationMethods.ValueForMoney,
    ];

    public static string Display(EvaluationMethods value) =>
        value switch
        {
            EvaluationMethods.None => "None",
            EvaluationMethods.Process => "Process evaluation",
            EvaluationMethods.Impact => "Impact evaluation",
            EvaluationMethods.ValueForMoney => "Value for money evaluation",
            _ => string.Join(", ", Each.Where(m => value.HasFlag(m)).Select(Display)),
        };

    /// <summary>The question each method answers, for hints and documents.</summary>
    public static string Question(EvaluationMethods value) =>
        value switch
        {
            EvaluationMethods.Process => "Was it delivered as intended, and how?",
            EvaluationMethods.Impact => "What difference did it make compared with what would have happened anyway?",
            EvaluationMethods.ValueForMoney => "Were the benefits worth the costs?",
            _ => "",
        };
}
