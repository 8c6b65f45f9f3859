namespace CareCommissioning.Domain.Evaluations;

/// <summary>What a document in the strategy library is (EV-P2).</summary>
public enum StrategyKind
{
    Strategy = 1,
    Policy,
    Plan,
}

/// <summary>How each StrategyKind reads on pages, in lists and downloads and in the API.</summary>
public static class StrategyKindNames
{
    public static string Display(StrategyKind value) =>
        value switch
        {
            StrategyKind.Strategy => "Strategy",
            StrategyKind.Policy => "Policy",
            StrategyKind.Plan => "Plan",
            _ => value.ToString(),
        };
}
