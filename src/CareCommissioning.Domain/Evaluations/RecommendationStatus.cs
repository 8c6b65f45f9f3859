namespace CareCommissioning.Domain.Evaluations;

/// <summary>Where a recommendation of an evaluation is.</summary>
public enum RecommendationStatus
{
    Proposed = 1,
    Agreed,
    NotAgreed,
}

/// <summary>How each RecommendationStatus reads.</summary>
public static class RecommendationStatusNames
{
    public static string Display(RecommendationStatus value) =>
        value switch
        {
            RecommendationStatus.Proposed => "Proposed",
            RecommendationStatus.Agreed => "Agreed",
            RecommendationStatus.NotAgreed => "Not agreed",
            _ => value.ToString(),
        };
}
