namespace CareCommissioning.Domain.Risks;

public enum RiskCategory
{
    People = 1,
    Property = 2,
    Organisation = 3,
    Reputation = 4,
    Financial = 5,
    Legal = 6,
    Other = 7,
}
