namespace CareCommissioning.Domain.Appraisals;

/// <summary>How each FlowStream reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class FlowStreamNames
{
    public static string Display(FlowStream value) =>
        value switch
        {
            FlowStream.Costs => "Costs",
            FlowStream.Benefits => "Benefits",
            _ => value.ToString(),
        };
}
