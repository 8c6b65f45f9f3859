namespace CareCommissioning.Domain.Evaluations;

/// <summary>What of an evaluation was shared, and so which criterion the record shows.</summary>
public enum SharedItem
{
    /// <summary>The analysis of monitoring findings (EV-P4).</summary>
    MonitoringAnalysis = 1,

    /// <summary>A version of the draft report, for feedback (EV-P9).</summary>
    DraftReport,

    /// <summary>The agreed final report of the preliminary assessment.</summary>
    FinalReport,

    /// <summary>The full evaluation's analysis (EV-P14).</summary>
    EvaluationAnalysis,

    /// <summary>The recommendations (EV-P18).</summary>
    Recommendations,
}

/// <summary>How each SharedItem reads on pages, in documents and in the API.</summary>
public static class SharedItemNames
{
    public static string Display(SharedItem value) =>
        value switch
        {
            SharedItem.MonitoringAnalysis => "Analysis of monitoring",
            SharedItem.DraftReport => "Draft report",
            SharedItem.FinalReport => "Final report",
            SharedItem.EvaluationAnalysis => "Evaluation analysis",
            SharedItem.Recommendations => "Recommendations",
            _ => value.ToString(),
        };
}

/// <summary>Who something was shared with.</summary>
[Flags]
public enum SharedWith
{
    None = 0,
    CommissioningPartners = 1,
    DecisionMakers = 2,
    Colleagues = 4,
    PeopleWhoUseServices = 8,
    Providers = 16,
}

/// <summary>How SharedWith reads; a set reads as its names in order.</summary>
public static class SharedWithNames
{
    public static readonly SharedWith[] Each =
    [
        SharedWith.CommissioningPartners,
        SharedWith.DecisionMakers,
        SharedWith.Colleagues,
        SharedWith.PeopleWhoUseServices,
        SharedWith.Providers,
    ];

    public static string Display(SharedWith value) =>
        value switch
        {
            SharedWith.None => "No one",
            SharedWith.CommissioningPartners => "Commissioning partners",
            SharedWith.DecisionMakers => "Decision makers",
            SharedWith.Colleagues => "Colleagues",
            SharedWith.PeopleWhoUseServices => "People who use services, carers and key people",
            SharedWith.Providers => "Providers",
            _ => string.Join(", ", Each.Where(w => value.HasFlag(w)).Select(Display)),
        };
}
