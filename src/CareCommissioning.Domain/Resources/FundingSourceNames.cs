namespace CareCommissioning.Domain.Resources;

/// <summary>How each FundingSource reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class FundingSourceNames
{
    public static string Display(FundingSource value) =>
        value switch
        {
            FundingSource.Council => "Council",
            FundingSource.Nhs => "NHS",
            FundingSource.BetterCareFund => "Better Care Fund",
            FundingSource.OtherGrant => "Other grant",
            _ => "Other",
        };
}
