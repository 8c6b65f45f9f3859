namespace CareCommissioning.Domain.Risks;

/// <summary>How each RiskBand reads on pages, in lists and downloads and in the API: one name for each value.</summary>
public static class RiskBandNames
{
    public static string Display(RiskBand value) =>
        value switch
        {
            RiskBand.Low => "Low",
            RiskBand.Moderate => "Moderate",
            RiskBand.High => "High",
            RiskBand.Extreme => "Extreme",
            _ => value.ToString(),
        };
}
