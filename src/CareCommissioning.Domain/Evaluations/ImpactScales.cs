namespace CareCommissioning.Domain.Evaluations;

/// <summary>Whether an impact is good or bad for people's outcomes.</summary>
public enum ImpactDirection
{
    Positive = 1,
    Negative,
}

/// <summary>How each ImpactDirection reads.</summary>
public static class ImpactDirectionNames
{
    public static string Display(ImpactDirection value) =>
        value switch
        {
            ImpactDirection.Positive => "Positive",
            ImpactDirection.Negative => "Negative",
            _ => value.ToString(),
        };
}

/// <summary>Whether an impact is on short-term outcomes (within about a year) or long-term ones.</summary>
public enum ImpactTerm
{
    ShortTerm = 1,
    LongTerm,
}

/// <summary>How each ImpactTerm reads.</summary>
public static class ImpactTermNames
{
    public static string Display(ImpactTerm value) =>
        value switch
        {
            ImpactTerm.ShortTerm => "Short term",
            ImpactTerm.LongTerm => "Long term",
            _ => value.ToString(),
        };
}

/// <summary>The relative importance of an impact, as judged with the people involved (EV-P15).</summary>
public enum ImpactImportance
{
    Low = 1,
    Medium,
    High,
}

/// <summary>How each ImpactImportance reads.</summary>
public static class ImpactImportanceNames
{
    public static string Display(ImpactImportance value) =>
        value switch
        {
            ImpactImportance.Low => "Low importance",
            ImpactImportance.Medium => "Medium importance",
            ImpactImportance.High => "High importance",
            _ => value.ToString(),
        };
}

/// <summary>How certain the evidence makes the impact (K6: certainty and uncertainty in predicting
/// outcomes).</summary>
public enum ImpactCertainty
{
    Low = 1,
    Medium,
    High,
}

/// <summary>How each ImpactCertainty reads.</summary>
public static class ImpactCertaintyNames
{
    public static string Display(ImpactCertainty value) =>
        value switch
        {
            ImpactCertainty.Low => "Uncertain",
            ImpactCertainty.Medium => "Fairly certain",
            ImpactCertainty.High => "Certain",
            _ => value.ToString(),
        };
}
