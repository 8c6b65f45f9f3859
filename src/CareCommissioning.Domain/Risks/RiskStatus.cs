namespace CareCommissioning.Domain.Risks;

public enum RiskStatus
{
    Open = 1,
    BeingMitigated = 2,
    Accepted = 3,
    Closed = 4,
}
