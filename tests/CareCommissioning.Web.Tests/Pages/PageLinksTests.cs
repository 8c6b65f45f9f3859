using CareCommissioning.Web.Pages.Account;
using CareCommissioning.Web.Pages.Admin;
using CareCommissioning.Web.Pages.Appraisals;
using CareCommissioning.Web.Pages.Audit;
using CareCommissioning.Web.Pages.Engagements;
using CareCommissioning.Web.Pages.Needs;
using CareCommissioning.Web.Pages.Purchasing;
using CareCommissioning.Web.Pages.Reference;
using CareCommissioning.Web.Pages.Risks;
using CareCommissioning.Web.Pages.Stakeholders;
using CareCommissioning.Web.Pages.Suppliers;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Pages;

/// <summary>The typed links give exactly the addresses the pages had written by hand (issue 11: no URL
/// changes).</summary>
public sealed class PageLinksTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Guid Id = Guid.Parse("0b7e2f5c-3d1a-4c55-9a0e-6f1d2c3b4a59");
    private static readonly Guid Other = Guid.Parse("5d0c9a1b-7e2f-4b3a-8c6d-1e2f3a4b5c6d");

    [Fact]
    public void Links_EachCapability_GiveTheAddressesOfItsPages()
    {
        var links = app.Services.GetRequiredService<LinkGenerator>();
        (string Actual, string Expected)[] addresses =
        [
            (links.Appraisal(Id), $"/appraisals/{Id}"),
            (links.AppraisalDecision(Id), $"/appraisals/{Id}/decision"),
            (links.AppraisalDocument(Id), $"/appraisals/{Id}/document"),
            (links.AppraisalDocumentDocx(Id), $"/appraisals/{Id}/document.docx"),
            (links.AppraisalEasyRead(Id), $"/appraisals/{Id}/easy-read"),
            (links.AppraisalOptionFlows(Id, Other), $"/appraisals/{Id}/options/{Other}/flows"),
            (links.Purchasing(), "/purchasing"),
            (links.Purchase(Id), $"/purchasing/{Id}"),
            (links.PurchaseAdvice(Id), $"/purchasing/{Id}/advice"),
            (links.PurchaseQuotes(Id), $"/purchasing/{Id}/quotes"),
            (links.PurchaseCancel(Id), $"/purchasing/{Id}/cancel"),
            (links.PurchaseWithdraw(Id), $"/purchasing/{Id}/withdraw"),
            (links.PurchaseEvaluation(Id), $"/purchasing/{Id}/evaluation"),
            (links.PurchasesAll(), "/purchasing/all"),
            (links.PurchasingDashboard(), "/purchasing/dashboard"),
            (links.PurchasingRules(), "/purchasing/rules"),
            (links.PurchasingRuleVersion(3, Id), $"/purchasing/rules/versions/3?organisationId={Id}"),
            (links.PurchasingChange(Id), $"/purchasing/changes/{Id}"),
            (links.AuditTrail(), "/audit"),
            (links.AuditEntry(42), "/audit/42"),
            (links.AuditCheck(), "/audit/check"),
            (links.AdminUsers(), "/admin/users"),
            (links.AdminUser(Id.ToString()), $"/admin/users/{Id}"),
            (links.AdminUserAdded(Id.ToString()), $"/admin/users/{Id}/added"),
            (links.AdminUserPasswordReset(Id.ToString()), $"/admin/users/{Id}/password-reset"),
            (links.AdminOrganisations(), "/admin/organisations"),
            (links.AdminOrganisation(Id), $"/admin/organisations/{Id}"),
            (links.Suppliers(), "/suppliers"),
            (links.Supplier(Id), $"/suppliers/{Id}"),
            (links.Stakeholders(), "/stakeholders"),
            (links.Stakeholder(Id), $"/stakeholders/{Id}"),
            (links.Risks(), "/risks"),
            (links.Risk(Id), $"/risks/{Id}"),
            (links.ServiceLine(Id), $"/needs/service-lines/{Id}"),
            (links.Budgets(), "/needs/budgets"),
            (links.BudgetHead(Id), $"/needs/budgets/{Id}"),
            (links.Variance(), "/needs/variance"),
            (links.Resources(), "/needs/resources"),
            (links.Funding(), "/needs/funding"),
            (links.Virements(), "/needs/budgets/virements"),
            (links.Resource(Id), $"/needs/resources/{Id}"),
            (links.Engagements(), "/engagements"),
            (links.Engagement(Id), $"/engagements/{Id}"),
            (links.CpvCodes(), "/reference/cpv"),
            (links.SignIn(), "/account/sign-in"),
            (links.ApiTokens(), "/account/tokens"),
            (links.ApiTokenCreated(), "/account/tokens/created"),
            (links.Account(), "/account"),
        ];
        Assert.All(addresses, l => Assert.Equal(l.Expected, l.Actual));
    }

    [Fact]
    public void Links_AnIdThatIsNotAGuid_FailsLoudlyRatherThanGivingAnEmptyAddress()
    {
        var links = app.Services.GetRequiredService<LinkGenerator>();
        Assert.Throws<InvalidOperationException>(() => links.AdminUser("not-a-guid"));
    }
}
