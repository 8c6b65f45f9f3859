namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each selection criterion reads, in lower case because it is mostly used inside a sentence.</summary>
public static class SelectionCriterionNames
{
    public static string Display(SelectionCriterion value) =>
        value switch
        {
            SelectionCriterion.WholeLifeCost => "whole-life cost",
            SelectionCriterion.Quality => "quality",
            SelectionCriterion.Sustainability => "sustainability",
            SelectionCriterion.Outcomes => "outcomes",
            SelectionCriterion.SocialValue => "social value",
            SelectionCriterion.OrganisationalPolicy => "organisational policy",
            _ => value.ToString(),
        };
}
