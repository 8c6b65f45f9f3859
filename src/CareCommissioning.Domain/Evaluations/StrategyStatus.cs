namespace CareCommissioning.Domain.Evaluations;

/// <summary>Where a strategy or policy is in its life.</summary>
public enum StrategyStatus
{
    Draft = 1,
    Current,
    UnderReview,
    Replaced,
    Withdrawn,
}

/// <summary>How each StrategyStatus reads on pages, in lists and downloads and in the API.</summary>
public static class StrategyStatusNames
{
    public static string Display(StrategyStatus value) =>
        value switch
        {
            StrategyStatus.Draft => "Draft",
            StrategyStatus.Current => "Current",
            StrategyStatus.UnderReview => "Under review",
            StrategyStatus.Replaced => "Replaced",
            StrategyStatus.Withdrawn => "Withdrawn",
            _ => value.ToString(),
        };
}
