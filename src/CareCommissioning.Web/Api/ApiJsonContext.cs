using System.Text.Json;
using System.Text.Json.Serialization;
using CareCommissioning.Web.Api.Calculations;
using CareCommissioning.Web.Pages.Account;
using CareCommissioning.Web.Pages.Appraisals.Api;
using CareCommissioning.Web.Pages.Contracts.Api;
using CareCommissioning.Web.Pages.Contracts.Monitoring;
using CareCommissioning.Web.Pages.Contracts.Visits;
using CareCommissioning.Web.Pages.Evaluations.Api;
using CareCommissioning.Web.Pages.Needs.Api;
using CareCommissioning.Web.Pages.Partnerships.Api;
using CareCommissioning.Web.Pages.Purchasing.Api;
using CareCommissioning.Web.Pages.Risks.Api;
using CareCommissioning.Web.Pages.Stakeholders.Api;
using CareCommissioning.Web.Pages.Strategies.Api;
using CareCommissioning.Web.Pages.Suppliers.Api;

namespace CareCommissioning.Web.Api;

/// <summary>
/// The API's request and response types, described for System.Text.Json at compile time (decision 0029). Describing
/// them by reflection at run time took about half a second of every start and made the JIT compile a converter for
/// each of the app's enums; these descriptions are compiled into the image instead. Enums are written by name, as
/// everywhere in the API. <c>ApiJsonContextTests</c> checks that every endpoint's body and response types are here,
/// so a new endpoint whose types are missing fails the tests.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict
)]
[JsonSerializable(typeof(AccountApi.MeDto))]
[JsonSerializable(
    typeof(CareCommissioning.Web.Pages.Contracts.Visits.ActionRequest),
    TypeInfoPropertyName = "VisitsActionRequest"
)]
[JsonSerializable(
    typeof(CareCommissioning.Web.Pages.Evaluations.Api.ActionRequest),
    TypeInfoPropertyName = "EvaluationsActionRequest"
)]
[JsonSerializable(typeof(CareCommissioning.Web.Pages.Contracts.Visits.ActionResponse))]
[JsonSerializable(typeof(ActivityRequest))]
[JsonSerializable(typeof(AgreeRequest))]
[JsonSerializable(typeof(AgreementRequest))]
[JsonSerializable(typeof(AgreementResponse))]
[JsonSerializable(typeof(AgreementsRequest))]
[JsonSerializable(typeof(AppraisalContentRequest))]
[JsonSerializable(typeof(AppraisalCreateRequest))]
[JsonSerializable(typeof(AppraisalRequest))]
[JsonSerializable(
    typeof(CareCommissioning.Web.Api.Calculations.AppraisalResponse),
    TypeInfoPropertyName = "CalculationsAppraisalResponse"
)]
[JsonSerializable(
    typeof(CareCommissioning.Web.Pages.Appraisals.Api.AppraisalResponse),
    TypeInfoPropertyName = "AppraisalsAppraisalResponse"
)]
[JsonSerializable(typeof(AppraisalStatusRequest))]
[JsonSerializable(typeof(AppraisalVersionResponse))]
[JsonSerializable(typeof(ApproachesRequest))]
[JsonSerializable(typeof(ApprovalRequest))]
[JsonSerializable(typeof(BudgetHeadClaimsResponse))]
[JsonSerializable(typeof(BudgetProposalRequest))]
[JsonSerializable(typeof(BudgetProposalResponse))]
[JsonSerializable(typeof(BudgetRoundRequest))]
[JsonSerializable(typeof(BudgetsApi.BudgetHeadRequest))]
[JsonSerializable(typeof(BudgetsApi.BudgetHeadResponse))]
[JsonSerializable(typeof(BudgetsApi.VirementDecisionRequest))]
[JsonSerializable(typeof(BudgetsApi.VirementRequest))]
[JsonSerializable(typeof(BudgetsApi.VirementResponse))]
[JsonSerializable(typeof(CompleteRequest))]
[JsonSerializable(typeof(ContractOutcome))]
[JsonSerializable(typeof(ContractProvision))]
[JsonSerializable(typeof(ContractRequest))]
[JsonSerializable(typeof(ContractResponse))]
[JsonSerializable(typeof(ContractTypeRequest))]
[JsonSerializable(
    typeof(CareCommissioning.Web.Pages.Evaluations.Api.ContributionRequest),
    TypeInfoPropertyName = "EvaluationsContributionRequest"
)]
[JsonSerializable(
    typeof(CareCommissioning.Web.Pages.Partnerships.Api.ContributionRequest),
    TypeInfoPropertyName = "PartnershipsContributionRequest"
)]
[JsonSerializable(typeof(ContributionResponse))]
[JsonSerializable(typeof(CostsRequest))]
[JsonSerializable(typeof(CredentialRequest))]
[JsonSerializable(typeof(DesignOutlineRequest))]
[JsonSerializable(typeof(DesignResponse))]
[JsonSerializable(typeof(DesignShareRequest))]
[JsonSerializable(typeof(DesignShareResponse))]
[JsonSerializable(typeof(DraftRequest))]
[JsonSerializable(typeof(EqualityRequest))]
[JsonSerializable(typeof(EvaluationContribution))]
[JsonSerializable(typeof(EvaluationEvidence))]
[JsonSerializable(typeof(EvaluationPlanRequest))]
[JsonSerializable(typeof(EvaluationResponse))]
[JsonSerializable(typeof(EvaluationSharing))]
[JsonSerializable(typeof(EvaluationStatusRequest))]
[JsonSerializable(typeof(EvidenceRequest))]
[JsonSerializable(typeof(ExchangeRequest))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(FeedbackResponse))]
[JsonSerializable(typeof(FindingsRequest))]
[JsonSerializable(typeof(FollowUpRequest))]
[JsonSerializable(typeof(FromAppraisalRequest))]
[JsonSerializable(typeof(FundingApi.FundingRequest))]
[JsonSerializable(typeof(FundingApi.FundingResponse))]
[JsonSerializable(typeof(HeatMapResponse))]
[JsonSerializable(typeof(IReadOnlyList<CareCommissioning.Web.Pages.Contracts.Visits.ActionResponse>))]
[JsonSerializable(typeof(IReadOnlyList<BudgetProposalResponse>))]
[JsonSerializable(typeof(IReadOnlyList<BudgetsApi.AllocationRequest>))]
[JsonSerializable(typeof(IReadOnlyList<BudgetsApi.BudgetHeadResponse>))]
[JsonSerializable(typeof(IReadOnlyList<BudgetsApi.VirementResponse>))]
[JsonSerializable(typeof(IReadOnlyList<ContractOutcome>))]
[JsonSerializable(typeof(IReadOnlyList<ContributionResponse>))]
[JsonSerializable(typeof(IReadOnlyList<DemandFigureDto>))]
[JsonSerializable(typeof(IReadOnlyList<DesignShareResponse>))]
[JsonSerializable(typeof(IReadOnlyList<FeedbackResponse>))]
[JsonSerializable(typeof(IReadOnlyList<FundingApi.FundingResponse>))]
[JsonSerializable(typeof(IReadOnlyList<KpiResponse>))]
[JsonSerializable(typeof(IReadOnlyList<MeasureResponse>))]
[JsonSerializable(typeof(IReadOnlyList<OtherResourcesApi.ResourceResponse>))]
[JsonSerializable(typeof(IReadOnlyList<ReturnResponse>))]
[JsonSerializable(typeof(IReadOnlyList<VarianceRowResponse>))]
[JsonSerializable(typeof(IReadOnlyList<VariationResponse>))]
[JsonSerializable(typeof(ImpactRequest))]
[JsonSerializable(typeof(InformationExchange))]
[JsonSerializable(typeof(KpiRequest))]
[JsonSerializable(typeof(KpiResponse))]
[JsonSerializable(typeof(List<EvaluationContribution>))]
[JsonSerializable(typeof(List<EvaluationEvidence>))]
[JsonSerializable(typeof(List<EvaluationSharing>))]
[JsonSerializable(typeof(List<InformationExchange>))]
[JsonSerializable(typeof(List<PurchasingRuleVersionSummary>))]
[JsonSerializable(typeof(McdaRequest))]
[JsonSerializable(typeof(McdaResponse))]
[JsonSerializable(typeof(MeasureRequest))]
[JsonSerializable(typeof(MeasureResponse))]
[JsonSerializable(typeof(MeasureValueRequest))]
[JsonSerializable(typeof(MeasureValueResponse))]
[JsonSerializable(typeof(MonteCarloRequest))]
[JsonSerializable(typeof(MonteCarloResponse))]
[JsonSerializable(typeof(NewEvaluationRequest))]
[JsonSerializable(typeof(NewOutcomeRequest))]
[JsonSerializable(typeof(ObjectivesRequest))]
[JsonSerializable(typeof(OtherResourcesApi.CommitmentRequest))]
[JsonSerializable(typeof(OtherResourcesApi.ResourceRequest))]
[JsonSerializable(typeof(OtherResourcesApi.ResourceResponse))]
[JsonSerializable(typeof(OutcomeRequest))]
[JsonSerializable(typeof(PageResponse<AppraisalSummaryResponse>))]
[JsonSerializable(typeof(PageResponse<ContractOutcome>))]
[JsonSerializable(typeof(PageResponse<ContractSummary>))]
[JsonSerializable(typeof(PageResponse<CpvCodeResponse>))]
[JsonSerializable(typeof(PageResponse<DesignSummary>))]
[JsonSerializable(typeof(PageResponse<EvaluationSummary>))]
[JsonSerializable(typeof(PageResponse<PartnershipSummary>))]
[JsonSerializable(typeof(PageResponse<PurchaseListItem>))]
[JsonSerializable(typeof(PageResponse<RiskResponse>))]
[JsonSerializable(typeof(PageResponse<SchemeResponse>))]
[JsonSerializable(typeof(PageResponse<ServiceLineResponse>))]
[JsonSerializable(typeof(PageResponse<StakeholderResponse>))]
[JsonSerializable(typeof(PageResponse<StrategyResponse>))]
[JsonSerializable(typeof(PageResponse<SupplierResponse>))]
[JsonSerializable(typeof(ParticipantsRequest))]
[JsonSerializable(typeof(PartnershipRequest))]
[JsonSerializable(typeof(PartnershipResponse))]
[JsonSerializable(typeof(PlanActivityResponse))]
[JsonSerializable(typeof(PlanReflectionRequest))]
[JsonSerializable(typeof(PlanReflectionResponse))]
[JsonSerializable(typeof(PlanRequest))]
[JsonSerializable(typeof(PlanResponse))]
[JsonSerializable(typeof(PlanShareRequest))]
[JsonSerializable(typeof(PlanShareResponse))]
[JsonSerializable(typeof(PresentValueRequest))]
[JsonSerializable(typeof(PresentValueResponse))]
[JsonSerializable(typeof(ProcessRequest))]
[JsonSerializable(typeof(ProvisionRequest))]
[JsonSerializable(typeof(PurchaseCancelRequest))]
[JsonSerializable(typeof(PurchaseDraftRequest))]
[JsonSerializable(typeof(PurchaseResponse))]
[JsonSerializable(typeof(PurchaseSubmitRequest))]
[JsonSerializable(typeof(PurchasingRuleSetRequest))]
[JsonSerializable(typeof(PurchasingRuleSetResponse))]
[JsonSerializable(typeof(ReadyRequest))]
[JsonSerializable(typeof(RecommendationDecisionRequest))]
[JsonSerializable(typeof(RecommendationRequest))]
[JsonSerializable(typeof(RenewStrategyRequest))]
[JsonSerializable(typeof(ReplyRequest))]
[JsonSerializable(typeof(ReturnRequest))]
[JsonSerializable(typeof(ReturnResponse))]
[JsonSerializable(typeof(RiskRequest))]
[JsonSerializable(typeof(RiskResponse))]
[JsonSerializable(typeof(RiskShareCalculationRequest))]
[JsonSerializable(typeof(RiskShareCalculationResponse))]
[JsonSerializable(typeof(RoundRequest))]
[JsonSerializable(typeof(RouteCalculationRequest))]
[JsonSerializable(typeof(RouteCalculationResponse))]
[JsonSerializable(typeof(SameCategoryResponse))]
[JsonSerializable(typeof(SchemeRequest))]
[JsonSerializable(typeof(SchemeResponse))]
[JsonSerializable(typeof(ServiceLineRequest))]
[JsonSerializable(typeof(ServiceLineResponse))]
[JsonSerializable(typeof(SharingRequest))]
[JsonSerializable(typeof(SignOffRequest))]
[JsonSerializable(typeof(SignOffRequestRequest))]
[JsonSerializable(typeof(SpendImportProblems))]
[JsonSerializable(typeof(SpendImportResponse))]
[JsonSerializable(typeof(SpendYearDto))]
[JsonSerializable(typeof(SpendYearRequest))]
[JsonSerializable(typeof(StakeholderRequest))]
[JsonSerializable(typeof(StakeholderResponse))]
[JsonSerializable(typeof(StatusRequest))]
[JsonSerializable(typeof(StrategyRequest))]
[JsonSerializable(typeof(StrategyResponse))]
[JsonSerializable(typeof(SupplierRequest))]
[JsonSerializable(typeof(SupplierResponse))]
[JsonSerializable(typeof(TenderScoresRequest))]
[JsonSerializable(typeof(TenderScoresResponse))]
[JsonSerializable(typeof(VarianceResponse))]
[JsonSerializable(typeof(VariationDecisionRequest))]
[JsonSerializable(typeof(VariationRequest))]
[JsonSerializable(typeof(VariationResponse))]
[JsonSerializable(typeof(VisitRequest))]
[JsonSerializable(typeof(VisitResponse))]
[JsonSerializable(typeof(VisitsResponse))]
[JsonSerializable(typeof(WiderAimsRequest))]
// Types reached through the ones above whose names another reached type shares.
[JsonSerializable(
    typeof(CareCommissioning.Web.Pages.Appraisals.Api.YearAmount),
    TypeInfoPropertyName = "ProposalYearAmount"
)]
[JsonSerializable(typeof(CareCommissioning.Domain.Appraisals.YearAmount), TypeInfoPropertyName = "AppraisalYearAmount")]
[JsonSerializable(
    typeof(CareCommissioning.Web.Api.Calculations.MonteCarloOptionResponse),
    TypeInfoPropertyName = "CalculationsMonteCarloOptionResponse"
)]
[JsonSerializable(
    typeof(CareCommissioning.Web.Pages.Appraisals.Api.MonteCarloOptionResponse),
    TypeInfoPropertyName = "AppraisalsMonteCarloOptionResponse"
)]
[JsonSerializable(
    typeof(IReadOnlyList<CareCommissioning.Web.Api.Calculations.MonteCarloOptionResponse>),
    TypeInfoPropertyName = "CalculationsMonteCarloOptionResponses"
)]
[JsonSerializable(
    typeof(IReadOnlyList<CareCommissioning.Web.Pages.Appraisals.Api.MonteCarloOptionResponse>),
    TypeInfoPropertyName = "AppraisalsMonteCarloOptionResponses"
)]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
