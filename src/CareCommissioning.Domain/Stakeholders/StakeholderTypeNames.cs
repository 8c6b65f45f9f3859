namespace CareCommissioning.Domain.Stakeholders;

public static class StakeholderTypeNames
{
    public static string Display(StakeholderType type) =>
        type switch
        {
            StakeholderType.Individual => "Individual who uses services",
            StakeholderType.KeyPerson => "Key person (family member or carer)",
            StakeholderType.CommunityGroup => "Community group",
            StakeholderType.Provider => "Provider",
            StakeholderType.Regulator => "Regulator",
            StakeholderType.Colleague => "Colleague",
            StakeholderType.CommissioningPartner => "Commissioning partner",
            _ => type.ToString(),
        };
}
