namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>The GOV.UK tag colour of a measure's progress: the words say it, the colour only repeats them.</summary>
public static class MeasureTags
{
    public static string Colour(MeasureStatus status) =>
        status switch
        {
            MeasureStatus.MeetsTarget => "govuk-tag--green",
            MeasureStatus.ImprovingButShort => "govuk-tag--yellow",
            MeasureStatus.NotImproving => "govuk-tag--red",
            _ => "govuk-tag--grey",
        };
}
