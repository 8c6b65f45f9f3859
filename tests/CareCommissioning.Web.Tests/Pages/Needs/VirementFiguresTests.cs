using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

/// <summary>The impact a virement shows on the head that gives the money, worked by hand from a budget the test
/// sets.</summary>
public sealed class VirementFiguresTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P11")]
    [Trait("Criterion", "OA-P4")]
    public async Task Virement_ImpactOnTheGivingHead_IsItsMoneyBeforeAndAfter_AndFollowsAnApproval()
    {
        // The test's budget: older people's care £70,500,000 in 2026/27, growing 2% a year; 2027/28 = 70,500,000 × 1.02
        // = £71,910,000.
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var from = (
            await new BudgetHeadBuilder(app)
                .In(org)
                .Named("Adult social care – older people", "ASC-OP")
                .Holding(2026, 70_500_000m)
                .Holding(2027, 71_910_000m)
                .SaveAsync()
        ).Id;
        var to = (
            await new BudgetHeadBuilder(app)
                .In(org)
                .Named("Better Care Fund – hospital discharge", "BCF-HD")
                .FundedBy(FundingSource.BetterCareFund)
                .Holding(2026, 9_200_000m)
                .Holding(2027, 9_384_000m)
                .SaveAsync()
        ).Id;
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                71_910_000m,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == from && a.Year == 2027)).Amount
            );
        Task<HttpResponseMessage> Ask(HttpClient client, string amount, string reason) =>
            client.PostFormAsync(
                "/needs/budgets/virements",
                new Form()
                    .Set("Input.FromHeadId", from.ToString())
                    .Set("Input.ToHeadId", to.ToString())
                    .Set("Input.Year", "2027/28")
                    .Set("Input.Amount", amount)
                    .Set("Input.Reason", reason),
                "/needs/budgets/virements?handler=Request"
            );

        // £250,000.50 asked for: 71,910,000 − 250,000.50 = £71,659,999.50.
        var commissioner = await app.SignedInAs(
            await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync()
        );
        Assert.Equal(HttpStatusCode.Redirect, (await Ask(commissioner, "250,000.50", "Reablement pilot")).StatusCode);
        var page = await commissioner.GetDocumentAsync("/needs/budgets/virements");
        var card = page.QuerySelectorAll(".govuk-summary-card").Single(c => c.TextContent.Contains("Reablement pilot"));
        Assert.Contains(
            "£250,000.50 in 2027/28 from Adult social care – older people to Better Care Fund – hospital discharge",
            card.QuerySelector("h2")!.TextContent
        );
        Assert.Contains(
            "Impact: Adult social care – older people would go from £71,910,000.00 to £71,659,999.50 in 2027/28.",
            card.TextContent
        );

        // Approved by the decision maker, the money moves; a second request then starts from what is left:
        // 71,659,999.50 − 1,000,000 = £70,659,999.50.
        Guid first;
        await using (var scope = app.Scope(out var db))
            first = (await db.Virements.SingleAsync(v => v.Reason == "Reablement pilot")).Id;
        var decisionMaker = await app.SignedInAs(
            await new UserBuilder(app).WithRole(Role.DecisionMaker, org).SaveAsync()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await decisionMaker.PostFormAsync(
                    "/needs/budgets/virements",
                    new Form().Set("approve", "true"),
                    $"/needs/budgets/virements?handler=Decide&virementId={first}"
                )
            ).StatusCode
        );
        Assert.Equal(HttpStatusCode.Redirect, (await Ask(commissioner, "1,000,000", "Winter discharge")).StatusCode);

        page = await commissioner.GetDocumentAsync("/needs/budgets/virements");
        var second = page.QuerySelectorAll(".govuk-summary-card")
            .Single(c => c.TextContent.Contains("Winter discharge"));
        Assert.Contains(
            "Impact: Adult social care – older people would go from £71,659,999.50 to £70,659,999.50 in 2027/28.",
            second.TextContent
        );
        var approved = page.QuerySelectorAll(".govuk-summary-card")
            .Single(c => c.TextContent.Contains("Reablement pilot"));
        Assert.Contains("Approved", approved.QuerySelector("h2")!.TextContent);
        Assert.DoesNotContain("Impact:", approved.TextContent);

        // The head that received it holds its own 2027/28 budget plus the virement: 9,200,000 × 1.02 = 9,384,000 +
        // 250,000.50 = £9,634,000.50.
        await using (var scope = app.Scope(out var db))
        {
            Assert.Equal(
                71_659_999.50m,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == from && a.Year == 2027)).Amount
            );
            Assert.Equal(
                9_634_000.50m,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == to && a.Year == 2027)).Amount
            );
        }
        var toPage = await commissioner.GetDocumentAsync($"/needs/budgets/{to}");
        Assert.Contains("£9,634,000.50", toPage.QuerySelector("main")!.TextContent);
    }
}
