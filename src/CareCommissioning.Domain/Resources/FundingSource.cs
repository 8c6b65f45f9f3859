namespace CareCommissioning.Domain.Resources;

public enum FundingSource
{
    Council = 1,
    Nhs = 2,
    BetterCareFund = 3,
    OtherGrant = 4,
    Other = 5,
}
