namespace CareCommissioning.Domain.Appraisals;

/// <summary>How each PestleCategory reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class PestleCategoryNames
{
    public static string Display(PestleCategory value) =>
        value switch
        {
            PestleCategory.Political => "Political",
            PestleCategory.Economic => "Economic",
            PestleCategory.Social => "Social",
            PestleCategory.Technological => "Technological",
            PestleCategory.Legal => "Legal",
            PestleCategory.Environmental => "Environmental",
            _ => value.ToString(),
        };
}
