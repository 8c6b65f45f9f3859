namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>
/// The ratings of a contract performance notice (UK9, Procurement Act 2023; METHODS §4.3), best first so a larger
/// value is worse. The notice's "Other" is the authority's judgement, not a calculation, so it is not here.
/// </summary>
public enum PerformanceRating
{
    Good = 1,
    ApproachingTarget = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

/// <summary>Red, amber or green, as the monitoring dashboards show performance.</summary>
public enum RagStatus
{
    Green = 1,
    Amber = 2,
    Red = 3,
}

public static class PerformanceRatingNames
{
    public static string Display(PerformanceRating value) =>
        value switch
        {
            PerformanceRating.Good => "Good",
            PerformanceRating.ApproachingTarget => "Approaching target",
            PerformanceRating.RequiresImprovement => "Requires improvement",
            PerformanceRating.Inadequate => "Inadequate",
            _ => value.ToString(),
        };

    /// <summary>Green for good, amber for approaching target, red for the two worse ratings: both need
    /// action.</summary>
    public static RagStatus Rag(PerformanceRating value) =>
        value switch
        {
            PerformanceRating.Good => RagStatus.Green,
            PerformanceRating.ApproachingTarget => RagStatus.Amber,
            _ => RagStatus.Red,
        };
}

public static class RagStatusNames
{
    public static string Display(RagStatus value) =>
        value switch
        {
            RagStatus.Green => "Green",
            RagStatus.Amber => "Amber",
            RagStatus.Red => "Red",
            _ => value.ToString(),
        };
}
