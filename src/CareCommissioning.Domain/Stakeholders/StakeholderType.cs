namespace CareCommissioning.Domain.Stakeholders;

public enum StakeholderType
{
    Individual = 1,
    KeyPerson = 2,
    CommunityGroup = 3,
    Provider = 4,
    Regulator = 5,
    Colleague = 6,
    CommissioningPartner = 7,
}
