namespace CareCommissioning.Domain.Appraisals;

/// <summary>How each ContributionEffect reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class ContributionEffectNames
{
    public static string Display(ContributionEffect value) =>
        value switch
        {
            ContributionEffect.NotYetConsidered => "Not yet considered",
            ContributionEffect.NoChange => "Considered; no change made",
            ContributionEffect.Outcomes => "Changed the outcomes",
            ContributionEffect.Options => "Changed the options",
            ContributionEffect.Criteria => "Changed the criteria or weights",
            ContributionEffect.Scores => "Changed the scores",
            ContributionEffect.Risks => "Changed the risks",
            _ => "Changed the recommendation",
        };
}
