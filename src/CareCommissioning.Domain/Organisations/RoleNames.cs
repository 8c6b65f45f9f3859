namespace CareCommissioning.Domain.Organisations;

public static class RoleNames
{
    public static string Display(Role role) =>
        role switch
        {
            Role.Commissioner => "Commissioner",
            Role.FinanceOfficer => "Finance officer",
            Role.DecisionMaker => "Decision maker",
            Role.CommissioningPartner => "Commissioning partner",
            Role.ProcurementSpecialist => "Procurement specialist",
            Role.Purchaser => "Purchaser",
            Role.Provider => "Provider",
            Role.Stakeholder => "Stakeholder",
            Role.Auditor => "Auditor",
            Role.Administrator => "Administrator",
            _ => role.ToString(),
        };
}
