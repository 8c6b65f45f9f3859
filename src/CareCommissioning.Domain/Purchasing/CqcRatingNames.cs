namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each CqcRating reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class CqcRatingNames
{
    public static string Display(CqcRating value) =>
        value switch
        {
            CqcRating.Outstanding => "Outstanding",
            CqcRating.Good => "Good",
            CqcRating.RequiresImprovement => "Requires improvement",
            CqcRating.Inadequate => "Inadequate",
            CqcRating.NotYetRated => "Not yet rated",
            _ => "Not known",
        };
}
