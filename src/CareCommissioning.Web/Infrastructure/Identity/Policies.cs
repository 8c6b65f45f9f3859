using CareCommissioning.Domain.Organisations;
using static CareCommissioning.Domain.Organisations.Role;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Every page and endpoint names one of these policies (or allows anonymous access explicitly).
/// A policy is met by holding one of its roles in at least one organisation; which records are then
/// visible is narrowed to those organisations by <see cref="CurrentUser"/>.
/// </summary>
public static class Policies
{
    public const string SignedIn = "SignedIn";
    public const string StakeholdersRead = "Stakeholders.Read";
    public const string StakeholdersWrite = "Stakeholders.Write";
    public const string RisksRead = "Risks.Read";
    public const string RisksWrite = "Risks.Write";
    public const string NeedsRead = "Needs.Read";
    public const string NeedsWrite = "Needs.Write";
    public const string AppraisalsRead = "Appraisals.Read";
    public const string AppraisalsWrite = "Appraisals.Write";
    public const string Decide = "Appraisals.Decide";
    public const string Engage = "Engage";
    public const string ApproveVirements = "Needs.ApproveVirements";
    public const string AuditRead = "Audit.Read";
    public const string Administer = "Administer";

    private static readonly Role[] Staff = [Commissioner, FinanceOfficer, DecisionMaker, CommissioningPartner, ProcurementSpecialist, Purchaser];

    public static readonly IReadOnlyDictionary<string, Role[]> RolesFor = new Dictionary<string, Role[]>
    {
        [SignedIn] = Enum.GetValues<Role>(),
        [StakeholdersRead] = [.. Staff, Auditor, Administrator],
        [StakeholdersWrite] = [Commissioner, CommissioningPartner, ProcurementSpecialist],
        [RisksRead] = [.. Staff, Auditor, Administrator],
        [RisksWrite] = [Commissioner, FinanceOfficer, DecisionMaker, CommissioningPartner, ProcurementSpecialist],
        [NeedsRead] = [.. Staff, Auditor, Administrator],
        [NeedsWrite] = [Commissioner, FinanceOfficer],
        [AppraisalsRead] = [.. Staff, Auditor, Administrator],
        [AppraisalsWrite] = [Commissioner, FinanceOfficer, CommissioningPartner],
        [Decide] = [DecisionMaker],
        // People who use services, carers, community groups and providers take part through engagements they are invited to.
        [Engage] = [Stakeholder, Provider],
        [ApproveVirements] = [FinanceOfficer, DecisionMaker],
        [AuditRead] = [Auditor, Administrator],
        [Administer] = [Administrator],
    };
}
