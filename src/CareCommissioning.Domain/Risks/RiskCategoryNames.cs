namespace CareCommissioning.Domain.Risks;

/// <summary>How each RiskCategory reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class RiskCategoryNames
{
    public static string Display(RiskCategory value) =>
        value switch
        {
            RiskCategory.People => "People",
            RiskCategory.Property => "Property",
            RiskCategory.Organisation => "Organisation",
            RiskCategory.Reputation => "Reputation",
            RiskCategory.Financial => "Financial",
            RiskCategory.Legal => "Legal",
            RiskCategory.Other => "Other",
            _ => value.ToString(),
        };
}
