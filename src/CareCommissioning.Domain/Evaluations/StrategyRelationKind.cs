namespace CareCommissioning.Domain.Evaluations;

/// <summary>How one strategy or policy relates to another in the library.</summary>
public enum StrategyRelationKind
{
    Supports = 1,
    DependsOn,
    PartOf,
    Replaces,
    ConflictsWith,
}

/// <summary>How each StrategyRelationKind reads, as the phrase between two titles ("A supports B").</summary>
public static class StrategyRelationKindNames
{
    public static string Display(StrategyRelationKind value) =>
        value switch
        {
            StrategyRelationKind.Supports => "Supports",
            StrategyRelationKind.DependsOn => "Depends on",
            StrategyRelationKind.PartOf => "Is part of",
            StrategyRelationKind.Replaces => "Replaces",
            StrategyRelationKind.ConflictsWith => "Conflicts with",
            _ => value.ToString(),
        };
}
