namespace CareCommissioning.Domain.Resources;

/// <summary>How each FundingRecurrence reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class FundingRecurrenceNames
{
    public static string Display(FundingRecurrence value) =>
        value switch
        {
            FundingRecurrence.OneOff => "Once",
            FundingRecurrence.Annual => "Every year",
            _ => value.ToString(),
        };
}
