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
    public const string PurchasingRead = "Purchasing.Read";
    public const string SuppliersWrite = "Suppliers.Write";
    public const string PurchasingRulesWrite = "Purchasing.RulesWrite";
    public const string Purchase = "Purchasing.Purchase";
    public const string PurchasesAll = "Purchasing.All";
    public const string AdvisePurchases = "Purchasing.Advise";
    public const string PartnershipsRead = "Partnerships.Read";
    public const string PartnershipsWrite = "Partnerships.Write";
    public const string ContractsRead = "Contracts.Read";
    public const string ContractOutcomesRead = "Contracts.OutcomesRead";
    public const string ContractsWrite = "Contracts.Write";
    public const string ContractsSubmitReturns = "Contracts.SubmitReturns";
    public const string ContractsMonitor = "Contracts.Monitor";
    public const string EvaluationsRead = "Evaluations.Read";
    public const string EvaluationsWrite = "Evaluations.Write";
    public const string EvaluationsTakePart = "Evaluations.TakePart";
    public const string EvaluationsReports = "Evaluations.Reports";
    public const string AuditRead = "Audit.Read";
    public const string Administer = "Administer";

    /// <summary>Adding organisations: for platform administrators only, a flag on the user rather than a role in an
    /// organisation (<see cref="AppClaims.PlatformAdministrator"/>).</summary>
    public const string AddOrganisations = "Organisations.Add";

    /// <summary>The pages about one's own account (password, two-factor sign-in): any signed-in account, with roles or
    /// none, such as a platform administrator who holds no role yet.</summary>
    public const string OwnAccount = "OwnAccount";

    /// <summary>The policies met by a flag on the user rather than a role; pages that name one name a role policy
    /// too.</summary>
    public static readonly IReadOnlySet<string> ByFlag = new HashSet<string> { AddOrganisations };

    private static readonly Role[] Staff =
    [
        Commissioner,
        FinanceOfficer,
        DecisionMaker,
        CommissioningPartner,
        ProcurementSpecialist,
        Purchaser,
    ];

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
        // People who use services, carers, community groups and providers take part through engagements they are
        // invited to.
        [Engage] = [Role.Stakeholder, Provider],
        [ApproveVirements] = [FinanceOfficer, DecisionMaker],
        // The supplier register, the purchasing rules and the CPV codes are read by all staff.
        [PurchasingRead] = [.. Staff, Auditor, Administrator],
        [SuppliersWrite] = [ProcurementSpecialist],
        // The rules are the administrator's; a specialist applies an agreed process change as a new version.
        [PurchasingRulesWrite] = [Administrator, ProcurementSpecialist],
        // Any member of staff may buy now and then; they see their own requests and those awaiting their approval.
        [Purchase] = Staff,
        // Specialists (and auditors, read only) see every purchase of their organisation.
        [PurchasesAll] = [ProcurementSpecialist, Auditor],
        [AdvisePurchases] = [ProcurementSpecialist],
        // A partnership is seen by the staff of each partner organisation (PartnershipAccess); its finance officers,
        // commissioners and partner commissioners set it up and keep it.
        [PartnershipsRead] = [.. Staff, Auditor, Administrator],
        [PartnershipsWrite] = [Commissioner, FinanceOfficer, CommissioningPartner],
        // The contracts register: staff of the commissioning organisation see its contracts; a provider's users see
        // only the contracts naming their organisation as provider (ContractAccess), read only.
        [ContractsRead] = [.. Staff, Auditor, Administrator, Provider],
        // A contract's outcomes are the commissioner's working records, read by staff (never by providers) and kept by
        // commissioners and procurement specialists.
        [ContractOutcomesRead] = [.. Staff, Auditor, Administrator],
        [ContractsWrite] = [Commissioner, ProcurementSpecialist],
        // KPI returns are sent by the provider named on the contract, or by the contract's keepers on its behalf
        // (MonitoringAccess narrows it to those contracts).
        [ContractsSubmitReturns] = [Provider, Commissioner, ProcurementSpecialist],
        // The portfolio's monitoring (every running contract's rating and late returns) is for the commissioning
        // organisation's staff, auditors and administrators; a provider sees its own contracts' monitoring on their
        // pages.
        [ContractsMonitor] = [.. Staff, Auditor, Administrator],
        // The strategy library and evaluations are read by staff of the owning organisation and of the organisations
        // invited to take part or (for a strategy shared with partners) in a partnership with it (EvaluationAccess).
        [EvaluationsRead] = [.. Staff, Auditor, Administrator],
        [EvaluationsWrite] = [Commissioner, CommissioningPartner],
        // Sending views to an evaluation: staff of the owning and invited organisations, and the people who use
        // services, carers and providers of invited organisations (EvaluationAccess narrows it).
        [EvaluationsTakePart] = [.. Staff, Role.Stakeholder, Provider],
        // An evaluation's shared reports (the preliminary assessment's versions) are read by everyone who sees the
        // evaluation or takes part in it: auditors and administrators included, who never send views.
        [EvaluationsReports] = [.. Staff, Role.Stakeholder, Provider, Auditor, Administrator],
        [AuditRead] = [Auditor, Administrator],
        [Administer] = [Administrator],
    };
}
