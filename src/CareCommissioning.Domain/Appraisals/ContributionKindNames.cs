namespace CareCommissioning.Domain.Appraisals;

/// <summary>How each ContributionKind reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class ContributionKindNames
{
    public static string Display(ContributionKind value) =>
        value switch
        {
            ContributionKind.Suggestion => "Suggestion",
            ContributionKind.DraftPriority => "Draft priority",
            _ => "Comment",
        };
}
