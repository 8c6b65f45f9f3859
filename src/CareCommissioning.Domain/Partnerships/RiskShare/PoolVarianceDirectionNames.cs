namespace CareCommissioning.Domain.Partnerships.RiskShare;

/// <summary>How a pool's variance reads, in lower case because it is used inside a sentence; the risk-share API
/// answers with the same words.</summary>
public static class PoolVarianceDirectionNames
{
    public static string Display(PoolVarianceDirection value) =>
        value switch
        {
            PoolVarianceDirection.Overspend => "overspend",
            PoolVarianceDirection.Underspend => "underspend",
            _ => "on budget",
        };
}
