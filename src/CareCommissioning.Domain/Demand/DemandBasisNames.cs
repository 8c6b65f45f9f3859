namespace CareCommissioning.Domain.Demand;

/// <summary>How each DemandBasis reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class DemandBasisNames
{
    public static string Display(DemandBasis value) =>
        value switch
        {
            DemandBasis.Actual => "Actual",
            DemandBasis.Forecast => "Forecast",
            DemandBasis.Projected => "Projected",
            _ => value.ToString(),
        };
}
