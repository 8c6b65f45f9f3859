using CareCommissioning.Domain.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CareCommissioning.Web.Data;

/// <summary>
/// The one database context. Each provider has a subclass that owns its migrations
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// It knows no feature: what a feature does on every save (the audit trail, the purchase list columns) hooks in as an
/// EF interceptor registered by that feature (see <see cref="DatabaseRegistration.AddAppDatabase"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options),
        IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<Risk> Risks => Set<Risk>();
    public DbSet<ServiceLine> ServiceLines => Set<ServiceLine>();
    public DbSet<DemandFigure> DemandFigures => Set<DemandFigure>();
    public DbSet<BudgetHead> BudgetHeads => Set<BudgetHead>();
    public DbSet<BudgetAllocation> BudgetAllocations => Set<BudgetAllocation>();
    public DbSet<FundingOpportunity> FundingOpportunities => Set<FundingOpportunity>();
    public DbSet<BudgetProposal> BudgetProposals => Set<BudgetProposal>();
    public DbSet<Virement> Virements => Set<Virement>();
    public DbSet<OtherResource> OtherResources => Set<OtherResource>();
    public DbSet<Appraisal> Appraisals => Set<Appraisal>();
    public DbSet<AppraisalVersion> AppraisalVersions => Set<AppraisalVersion>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<AppraisalQuestion> AppraisalQuestions => Set<AppraisalQuestion>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Infrastructure.Fleet.CacheGeneration> CacheGenerations => Set<Infrastructure.Fleet.CacheGeneration>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<ContractOutcome> ContractOutcomes => Set<ContractOutcome>();
    public DbSet<ContractDesign> ContractDesigns => Set<ContractDesign>();
    public DbSet<ContractProvision> ContractProvisions => Set<ContractProvision>();
    public DbSet<DesignShare> DesignShares => Set<DesignShare>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<SupplierCategory> SupplierCategories => Set<SupplierCategory>();
    public DbSet<PreferredSupplierApproval> PreferredSupplierApprovals => Set<PreferredSupplierApproval>();
    public DbSet<QualityCredential> QualityCredentials => Set<QualityCredential>();
    public DbSet<PurchasingRuleSet> PurchasingRuleSets => Set<PurchasingRuleSet>();
    public DbSet<PurchaseRequest> PurchaseRequests => Set<PurchaseRequest>();
    public DbSet<PurchaseQuote> PurchaseQuotes => Set<PurchaseQuote>();
    public DbSet<PurchaseAdvice> PurchaseAdvice => Set<PurchaseAdvice>();
    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();
    public DbSet<PurchaseEvaluation> PurchaseEvaluations => Set<PurchaseEvaluation>();
    public DbSet<ProcessChangeProposal> ProcessChangeProposals => Set<ProcessChangeProposal>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<PartnershipPartner> PartnershipPartners => Set<PartnershipPartner>();
    public DbSet<PartnershipAgreement> PartnershipAgreements => Set<PartnershipAgreement>();
    public DbSet<PartnershipSignOff> PartnershipSignOffs => Set<PartnershipSignOff>();
    public DbSet<PartnershipContribution> PartnershipContributions => Set<PartnershipContribution>();
    public DbSet<PartnershipScheme> PartnershipSchemes => Set<PartnershipScheme>();
    public DbSet<SchemeSpend> SchemeSpend => Set<SchemeSpend>();
    public DbSet<PartnershipMeasure> PartnershipMeasures => Set<PartnershipMeasure>();
    public DbSet<MeasureValue> MeasureValues => Set<MeasureValue>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<PartnershipEvaluation> PartnershipEvaluations => Set<PartnershipEvaluation>();
    public DbSet<EvaluationRecommendation> EvaluationRecommendations => Set<EvaluationRecommendation>();
    public DbSet<EvaluationShare> EvaluationShares => Set<EvaluationShare>();
    public DbSet<PoolReturn> PoolReturns => Set<PoolReturn>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractVariation> ContractVariations => Set<ContractVariation>();
    public DbSet<ImplementationPlan> ImplementationPlans => Set<ImplementationPlan>();
    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
    public DbSet<PlanChange> PlanChanges => Set<PlanChange>();
    public DbSet<PlanShare> PlanShares => Set<PlanShare>();
    public DbSet<PlanReflection> PlanReflections => Set<PlanReflection>();
    public DbSet<RiskAppetiteLimit> RiskAppetiteLimits => Set<RiskAppetiteLimit>();
    public DbSet<ContractKpi> ContractKpis => Set<ContractKpi>();
    public DbSet<ContractKpiReturn> ContractKpiReturns => Set<ContractKpiReturn>();
    public DbSet<ContractKpiValue> ContractKpiValues => Set<ContractKpiValue>();
    public DbSet<ContractPerformanceAction> ContractPerformanceActions => Set<ContractPerformanceAction>();
    public DbSet<ContractVisit> ContractVisits => Set<ContractVisit>();
    public DbSet<ContractFeedback> ContractFeedback => Set<ContractFeedback>();
    public DbSet<Strategy> Strategies => Set<Strategy>();
    public DbSet<StrategyEvaluation> StrategyEvaluations => Set<StrategyEvaluation>();
    public DbSet<EvaluationParticipant> EvaluationParticipants => Set<EvaluationParticipant>();
    public DbSet<EvaluationEvidence> EvaluationEvidence => Set<EvaluationEvidence>();
    public DbSet<EvaluationSharing> EvaluationSharings => Set<EvaluationSharing>();
    public DbSet<InformationExchange> InformationExchanges => Set<InformationExchange>();
    public DbSet<EvaluationContribution> EvaluationContributions => Set<EvaluationContribution>();
    public DbSet<EvaluationImpact> EvaluationImpacts => Set<EvaluationImpact>();
    public DbSet<StrategyRecommendation> StrategyRecommendations => Set<StrategyRecommendation>();
    public DbSet<EvaluationAction> EvaluationActions => Set<EvaluationAction>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// The purchase requests whose description or order number contains <paramref name="text"/>, ignoring case, as a
    /// source to compose the list onto. Here a LIKE on lower(...), which PostgreSQL answers from pg_trgm GIN indexes
    /// (migration PurchaseSearchIndex); SQLite answers from its own full-text index (<see
    /// cref="Search.SqlitePurchaseSearch"/>).
    /// </summary>
    public virtual Task<IQueryable<PurchaseRequest>> PurchasesContainingAsync(
        string text,
        CancellationToken cancellationToken = default
    )
    {
        var pattern = Infrastructure.Paging.TextSearch.Pattern(text)!;
        return Task.FromResult(
            PurchaseRequests.Where(p =>
                EF.Functions.Like(p.Description.ToLower(), pattern, Infrastructure.Paging.TextSearch.Escape)
                || (
                    p.OrderNumber != null
                    && EF.Functions.Like(p.OrderNumber.ToLower(), pattern, Infrastructure.Paging.TextSearch.Escape)
                )
            )
        );
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t =>
            t.Namespace == typeof(AppDbContext).Namespace + ".Configurations"
        );
    }
}
