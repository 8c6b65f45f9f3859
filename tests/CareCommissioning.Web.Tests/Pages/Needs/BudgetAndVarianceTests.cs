using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class BudgetAndVarianceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P3")]
    public async Task AddBudgetHeadAndMoney_ShowsInTheBudgets()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var added = await client.PostFormAsync(
            "/needs/budgets/add",
            new Form().Set("Input.Name", "Prevention grant").Set("Input.Source", "OtherGrant").Set("Input.Code", "PG1")
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = added.Headers.Location!.OriginalString.Split('/').Last();
        var saved = await client.PostFormAsync(
            $"/needs/budgets/{id}/allocations",
            new Form()
                .Set("Rows[0].Year", "2026")
                .Set("Rows[0].Amount", "£250,000")
                .Set("Rows[0].Note", "Grant letter")
                .Set("Rows[1].Year", "2027")
                .Set("Rows[1].Amount", "")
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetDocumentAsync($"/needs/budgets/{id}");
        Assert.Contains("£250,000.00", page.QuerySelector("table")!.TextContent);
        Assert.Contains("Other grant", page.QuerySelector(".govuk-summary-list")!.TextContent);
    }

    [Theory]
    [InlineData("lots", "Amount for 2026/27 must be in pounds, like 250,000 or 1250.50")]
    [InlineData("-1", "Amount for 2026/27 must be £0 or more")]
    public async Task Allocations_BadAmounts_Are400AndSaveNothing(string amount, string message)
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = (
            await client.PostFormAsync(
                "/needs/budgets/add",
                new Form().Set("Input.Name", "Bad money " + amount).Set("Input.Source", "Council")
            )
        )
            .Headers.Location!.OriginalString.Split('/')
            .Last();
        var response = await client.PostFormAsync(
            $"/needs/budgets/{id}/allocations",
            new Form().Set("Rows[0].Year", "2026").Set("Rows[0].Amount", amount)
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await HtmlClient.ParseAsync(response)).ErrorSummary());
        await using var scope = app.Scope(out var db);
        Assert.False(await db.BudgetAllocations.AnyAsync(a => a.BudgetHeadId == Guid.Parse(id)));
    }

    [Fact]
    public async Task AddBudgetHead_WithoutNameOrSource_Is400()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var response = await client.PostFormAsync(
            "/needs/budgets/add",
            new Form().Set("Input.Name", "").Set("Input.Code", "X")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await HtmlClient.ParseAsync(response)).ErrorSummary();
        Assert.Contains("Enter the name of the budget head", errors);
        Assert.Contains("Select the funding source", errors);
    }

    [Fact]
    [Trait("Criterion", "OA-P4")]
    public async Task Variance_DemoData_ShowsTheShortfallAndItsServiceLines()
    {
        var client = await app.SignedInAs(Role.DecisionMaker);
        var page = await client.GetDocumentAsync("/needs/variance");
        var svg = page.QuerySelector(".app-chart svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var first = page.QuerySelectorAll("[aria-label='Variance by year'] tbody tr")
            .First()
            .QuerySelectorAll("th, td")
            .Select(c => c.TextContent.Trim())
            .ToList();
        // 2026/27: commitment 21,400 × £1,228.50 + 1,120 × £46,800 + 2,300 × £640 = £80,177,900; resources £79,700,000.
        Assert.Equal("2026/27", first[0]);
        Assert.Equal("£80,177,900", first[1]); // the table gives whole pounds (its caption says so)
        Assert.Equal("£79,700,000", first[2]);
        Assert.Equal("Shortfall -£477,900", first[3]);
        Assert.Contains("Homecare for older people", page.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.StartsWith("Resources fall short", svg.QuerySelector("desc")!.TextContent);

        var api = await client.GetJsonAsync("/api/v1/variance");
        Assert.Equal(-477_900m, api[0].GetProperty("gap").GetDecimal());
    }
}
