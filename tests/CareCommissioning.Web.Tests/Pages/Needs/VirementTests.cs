using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class VirementTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A new organisation with two heads holding money in 2027/28, and its users in the roles the tests sign
    /// in as.</summary>
    private async Task<(Guid From, Guid To, Func<Role, Task<HttpClient>> SignedInAs)> HeadsAsync()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var from = await new BudgetHeadBuilder(app)
            .In(org)
            .Named("Adult social care – older people", "ASC-OP")
            .Holding(2026, 70_500_000m)
            .Holding(2027, 71_910_000m)
            .SaveAsync();
        var to = await new BudgetHeadBuilder(app)
            .In(org)
            .Named("Better Care Fund – hospital discharge", "BCF-HD")
            .FundedBy(FundingSource.BetterCareFund)
            .Holding(2026, 9_200_000m)
            .Holding(2027, 9_384_000m)
            .SaveAsync();
        async Task<HttpClient> SignedInAs(Role role) =>
            await app.SignedInAs(
                await new UserBuilder(app)
                    .WithRole(role, org)
                    .Named(role == Role.FinanceOfficer ? "Tom Evans" : "Priya Shah")
                    .SaveAsync()
            );
        return (from.Id, to.Id, SignedInAs);
    }

    private static Form Request(Guid from, Guid to, string amount) =>
        new Form()
            .Set("Input.FromHeadId", from.ToString())
            .Set("Input.ToHeadId", to.ToString())
            .Set("Input.Year", "2027/28")
            .Set("Input.Amount", amount)
            .Set("Input.Reason", "Fund reablement from the older people budget");

    [Fact]
    [Trait("Criterion", "OA-P11")]
    [Trait("Criterion", "OA-P3")]
    public async Task Virement_AskedThenApprovedBySomeoneElse_MovesTheMoney()
    {
        var (from, to, signedInAs) = await HeadsAsync();
        decimal before;
        await using (var scope = app.Scope(out var db))
            before = (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == from && a.Year == 2027)).Amount;
        var commissioner = await signedInAs(Role.Commissioner);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostFormAsync(
                    "/needs/budgets/virements",
                    Request(from, to, "250,000"),
                    "/needs/budgets/virements?handler=Request"
                )
            ).StatusCode
        );
        var page = await commissioner.GetDocumentAsync("/needs/budgets/virements");
        Assert.Contains("would go from", page.QuerySelector("main")!.TextContent);
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = (await db.Virements.SingleAsync()).Id;

        // The commissioner cannot approve; the decision maker can.
        var refused = await commissioner.PostFormAsync(
            "/needs/budgets/virements",
            new Form().Set("approve", "true"),
            $"/needs/budgets/virements?handler=Decide&virementId={id}"
        );
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery);
        var decisionMaker = await signedInAs(Role.DecisionMaker);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await decisionMaker.PostFormAsync(
                    "/needs/budgets/virements",
                    new Form().Set("approve", "true").Set("Note", "Agreed at budget board"),
                    $"/needs/budgets/virements?handler=Decide&virementId={id}"
                )
            ).StatusCode
        );
        await using (var scope = app.Scope(out var db))
        {
            Assert.Equal(
                before - 250_000m,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == from && a.Year == 2027)).Amount
            );
            Assert.Equal(VirementStatus.Approved, (await db.Virements.SingleAsync()).Status);
        }
        var again = await decisionMaker.PostFormAsync(
            "/needs/budgets/virements",
            new Form().Set("approve", "true"),
            $"/needs/budgets/virements?handler=Decide&virementId={id}"
        );
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Theory]
    [InlineData("", "Enter the reason for moving the money")]
    [InlineData("999,000,000", "The amount must be no more than")]
    public async Task BadRequest_Is400_AndNothingIsAsked(string amountOrEmptyReason, string message)
    {
        var (from, to, signedInAs) = await HeadsAsync();
        var finance = await signedInAs(Role.FinanceOfficer);
        var form =
            amountOrEmptyReason.Length == 0
                ? Request(from, to, "1000").Set("Input.Reason", "")
                : Request(from, to, amountOrEmptyReason);
        var response = await finance.PostFormAsync(
            "/needs/budgets/virements",
            form,
            "/needs/budgets/virements?handler=Request"
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await HtmlClient.ParseAsync(response)).ErrorSummary(), e =>
            e.StartsWith(message, StringComparison.Ordinal)
        );
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Virements.AnyAsync(v => v.RequestedBy == "Tom Evans"));
    }
}
