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

namespace CareCommissioning.Web.Infrastructure.Hosting;

public static class ApiRegistration
{
    /// <summary>Every feature's API under /api/v1. Each group states its own policies.</summary>
    public static void MapApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapStakeholdersApi();
        v1.MapRisksApi();
        v1.MapServiceLinesApi();
        v1.MapAppraisalsApi();
        v1.MapBudgetProposalsApi();
        v1.MapBudgetsApi();
        v1.MapFundingApi();
        v1.MapOtherResourcesApi();
        v1.MapSuppliersApi();
        v1.MapCalculationsApi();
        v1.MapPurchasingCalculationsApi();
        v1.MapRiskShareCalculationApi();
        v1.MapPurchasingRulesApi();
        v1.MapPurchasesApi();
        v1.MapPartnershipsApi();
        v1.MapContractsApi();
        v1.MapContractReturnsApi();
        v1.MapContractDesignsApi();
        v1.MapContractMonitoringApi();
        v1.MapStrategiesApi();
        v1.MapEvaluationsApi();
        v1.MapFullEvaluationApi();
        v1.MapAccountApi();
    }
}
