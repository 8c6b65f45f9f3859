namespace CareCommissioning.Domain.Partnerships.RiskShare;

/// <summary>How each risk-share rule reads on pages and in downloads: one name for each value.</summary>
public static class RiskShareMethodNames
{
    public static string Display(RiskShareMethod value) =>
        value switch
        {
            RiskShareMethod.Proportional => "Proportional to contributions",
            RiskShareMethod.OwnSchemes => "Each partner bears its own schemes",
            RiskShareMethod.Capped => "Proportional up to a cap, the rest to one partner",
            _ => "Not set",
        };
}
