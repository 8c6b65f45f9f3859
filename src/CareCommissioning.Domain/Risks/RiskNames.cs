namespace CareCommissioning.Domain.Risks;

public static class RiskNames
{
    public static string Category(RiskCategory c) => c.ToString();

    public static string Status(RiskStatus s) => s switch
    {
        RiskStatus.Open => "Open",
        RiskStatus.BeingMitigated => "Being mitigated",
        RiskStatus.Accepted => "Accepted",
        RiskStatus.Closed => "Closed",
        _ => s.ToString(),
    };

    public static string Band(RiskBand b) => b.ToString();
}
