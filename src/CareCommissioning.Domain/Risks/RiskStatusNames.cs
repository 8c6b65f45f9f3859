namespace CareCommissioning.Domain.Risks;

/// <summary>How each RiskStatus reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class RiskStatusNames
{
    public static string Display(RiskStatus value) =>
        value switch
        {
            RiskStatus.Open => "Open",
            RiskStatus.BeingMitigated => "Being mitigated",
            RiskStatus.Accepted => "Accepted",
            RiskStatus.Closed => "Closed",
            _ => value.ToString(),
        };
}
