namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>The categories of contract objective a design analyses (CD-P11).</summary>
public enum ObjectiveCategory
{
    Quality = 1,
    Price,
    Delivery,
    Technical,
    HealthAndSafety,
    ContinuityOfSupply,
}

public static class ObjectiveCategoryNames
{
    public static readonly IReadOnlyList<ObjectiveCategory> All =
    [
        ObjectiveCategory.Quality,
        ObjectiveCategory.Price,
        ObjectiveCategory.Delivery,
        ObjectiveCategory.Technical,
        ObjectiveCategory.HealthAndSafety,
        ObjectiveCategory.ContinuityOfSupply,
    ];

    public static string Display(ObjectiveCategory value) =>
        value switch
        {
            ObjectiveCategory.Quality => "Quality",
            ObjectiveCategory.Price => "Price",
            ObjectiveCategory.Delivery => "Delivery",
            ObjectiveCategory.Technical => "Technical",
            ObjectiveCategory.HealthAndSafety => "Health and safety",
            ObjectiveCategory.ContinuityOfSupply => "Continuity of supply",
            _ => value.ToString(),
        };
}
