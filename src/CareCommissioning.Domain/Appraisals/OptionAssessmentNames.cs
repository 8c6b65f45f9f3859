namespace CareCommissioning.Domain.Appraisals;

/// <summary>How each OptionAssessment reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class OptionAssessmentNames
{
    public static string Display(OptionAssessment value) =>
        value switch
        {
            OptionAssessment.Preferred => "Preferred",
            OptionAssessment.CarriedForward => "Carried forward",
            OptionAssessment.Discounted => "Discounted",
            _ => "Not yet assessed",
        };
}
