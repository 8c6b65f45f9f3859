namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each ProcessMeasureKind reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class ProcessMeasureKindNames
{
    public static string Display(ProcessMeasureKind value) =>
        value switch
        {
            ProcessMeasureKind.DaysFromRequestToOrder => "Days from request to order",
            ProcessMeasureKind.QuotesObtainedAgainstRequired => "Quotes obtained against quotes required",
            ProcessMeasureKind.RuleCompliance => "Compliance with the purchasing rules",
            ProcessMeasureKind.RequesterSatisfaction => "Requester satisfaction",
            _ => value.ToString(),
        };
}
