namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each ValueForMoneyJudgement reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class ValueForMoneyJudgementNames
{
    public static string Display(ValueForMoneyJudgement value) =>
        value switch
        {
            ValueForMoneyJudgement.Good => "Good",
            ValueForMoneyJudgement.Acceptable => "Acceptable",
            ValueForMoneyJudgement.Poor => "Poor",
            _ => value.ToString(),
        };
}
