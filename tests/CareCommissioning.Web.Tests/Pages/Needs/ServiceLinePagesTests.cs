using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class ServiceLinePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form ValidForm(string name) =>
        new Form()
            .Set("Input.Name", name)
            .Set("Input.Unit", "hours a week")
            .Set("Input.UnitCost", "£1,000.00")
            .Set("Input.UnitCostSource", "Fee schedule")
            .Set("Input.BaseYear", "2026/27")
            .Set("Input.PriceInflation", "4")
            .Set("Input.GeneralInflation", "2%");

    private async Task<Guid> AddAsync(HttpClient client, string name)
    {
        var response = await client.PostFormAsync("/needs/service-lines/add", ValidForm(name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    [Trait("Criterion", "OA-P1")]
    [Trait("Criterion", "OA-P2")]
    public async Task AddThenEnterDemand_ShowsTheCommitmentInCashAndRealTerms()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await AddAsync(client, "Reablement");
        var demand = new Form()
            .Set("Rows[0].Year", "2026")
            .Set("Rows[0].Volume", "100")
            .Set("Rows[0].Basis", "Actual")
            .Set("Rows[0].Source", "Care records")
            .Set("Rows[1].Year", "2027")
            .Set("Rows[1].Volume", "1,10")
            .Set("Rows[1].Basis", "Forecast")
            .Set("Rows[2].Year", "2028")
            .Set("Rows[2].Volume", "")
            .Set("Rows[2].Basis", "Forecast");
        demand.Set("Rows[1].Volume", "110");
        var saved = await client.PostFormAsync($"/needs/service-lines/{id}/demand", demand);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await client.GetDocumentAsync($"/needs/service-lines/{id}");
        var rows = page.QuerySelectorAll("[aria-label='Demand and commitment by year'] tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList())
            .ToList();
        Assert.Equal(["2026/27", "Actual", "100", "£1,000.00", "£100,000.00", "£100,000.00", "Care records"], rows[0]);
        // 2027/28: 110 × £1,040 = £114,400 cash; ÷ 1.02 = £112,156.86 in 2026/27 prices.
        Assert.Equal(
            ["2027/28", "Forecast", "110", "£1,040.00", "£114,400.00", "£112,156.86", "Not provided"],
            rows[1]
        );
        Assert.Equal("£214,400.00", rows[2][4]);
        Assert.Equal("£212,156.86", rows[2][5]);

        var csv = await client.GetStringAsync($"/needs/service-lines/{id}/commitment.csv");
        Assert.True(csv.Contains("2027/28,Forecast,110,1.04,1040.00,114400.00,112156.86,"), csv);
    }

    [Theory]
    [InlineData("Input.Name", "", "Enter the name of the service line")]
    [InlineData("Input.UnitCost", "lots", "Unit cost must be an amount in pounds, like 25.50 or 1,250")]
    [InlineData("Input.UnitCost", "-5", "Unit cost must be £0 or more")]
    [InlineData("Input.BaseYear", "2026/28", "Base year must be a financial year, like 2026/27")]
    [InlineData("Input.PriceInflation", "150", "Price inflation must be between -50% and 100% a year")]
    public async Task Add_Invalid_Is400AndKeepsTheAnswers(string field, string value, string message)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var response = await client.PostFormAsync(
            "/needs/service-lines/add",
            ValidForm("Kept service").Set(field, value)
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, doc.ErrorSummary());
        Assert.Equal("Fee schedule", doc.FieldValue("Input.UnitCostSource"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.ServiceLines.AnyAsync(s => s.Name == "Kept service"));
    }

    [Fact]
    public async Task Demand_BadFigures_Are400AndNothingChanges()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await AddAsync(client, "Day opportunities");
        var response = await client.PostFormAsync(
            $"/needs/service-lines/{id}/demand",
            new Form()
                .Set("Rows[0].Year", "2026")
                .Set("Rows[0].Volume", "-4")
                .Set("Rows[0].Basis", "Actual")
                .Set("Rows[1].Year", "2027")
                .Set("Rows[1].Volume", "ten")
                .Set("Rows[1].Basis", "Forecast")
                .Set("Rows[2].Year", "2045")
                .Set("Rows[2].Volume", "5")
                .Set("Rows[2].Basis", "Forecast")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await HtmlClient.ParseAsync(response)).ErrorSummary();
        Assert.Contains("2026/27: Volume must be 0 or more", errors);
        Assert.Contains("Volume in 2027/28 must be a number, like 1,250 or 12.5", errors);
        Assert.Contains("2045/46: Year must be between 2026/27 and 2036/37", errors);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.DemandFigures.AnyAsync(f => f.ServiceLineId == id));
    }

    [Fact]
    public async Task Register_ShowsTheDemoServiceLines_AndReadOnlyRolesCannotAdd()
    {
        var auditor = await app.SignedInAs(Role.Auditor);
        var list = await auditor.GetDocumentAsync("/needs");
        Assert.Contains("Homecare for older people", list.QuerySelector("main")!.TextContent);
        Assert.Null(list.QuerySelector("a[href='/needs/service-lines/add']"));
        Assert.StartsWith(
            "/account/access-denied",
            (await auditor.GetAsync("/needs/service-lines/add")).Headers.Location!.PathAndQuery
        );
        var provider = await app.SignedInAs(Role.Provider);
        Assert.StartsWith("/account/access-denied", (await provider.GetAsync("/needs")).Headers.Location!.PathAndQuery);
    }
}
