namespace CareCommissioning.Domain.Organisations;

/// <summary>The roles of DESIGN §1. A user holds roles per organisation.</summary>
public enum Role
{
    Commissioner = 1,
    FinanceOfficer = 2,
    DecisionMaker = 3,
    CommissioningPartner = 4,
    ProcurementSpecialist = 5,
    Purchaser = 6,
    Provider = 7,
    Stakeholder = 8,
    Auditor = 9,
    Administrator = 10,
}
