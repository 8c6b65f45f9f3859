using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class FundingPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form Valid(string name) =>
        new Form()
            .Set("Input.Name", name)
            .Set("Input.Funder", "DHSC")
            .Set("Input.Amount", "200,000")
            .Set("Input.Likelihood", "50")
            .Set("Input.MatchFunding", "20000")
            .Set("Input.Recurrence", "OneOff")
            .Set("Input.FirstYear", "2027/28")
            .Set("Input.Scores[0]", "5")
            .Set("Input.Scores[1]", "5")
            .Set("Input.Scores[2]", "4")
            .Set("Input.Scores[3]", "4")
            .Set("Input.Scores[4]", "3");

    [Fact]
    [Trait("Criterion", "OA-P5")]
    [Trait("Criterion", "OA-P10")]
    public async Task ViableOpportunity_CountedAsPotentialResource_ShowsInTheVariance()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var added = await client.PostFormAsync(
            "/needs/funding/add",
            Valid("Carers' grant 2027").With("Input.Count", "yes")
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await client.GetDocumentAsync("/needs/funding");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Carers' grant 2027"));
        Assert.Contains("£90,000.00", row.TextContent); // 50% × (£200,000 − £20,000)
        Assert.Contains("viable", row.TextContent);
        var variance = await client.GetDocumentAsync("/needs/variance");
        var year = variance
            .QuerySelectorAll("[aria-label='Variance by year'] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "2027/28");
        // This grant's £90,000 and the demo grant's 60% × (£450,000 − £50,000) = £240,000 both pay in 2027/28.
        Assert.Contains("£330,000", year.TextContent);
    }

    [Theory]
    [InlineData("Input.Amount", "lots", "Amount must be an amount in pounds, like 250,000")]
    [InlineData("Input.Likelihood", "150", "Likelihood must be between 0% and 100%")]
    [InlineData("Input.MatchFunding", "300000", "Match funding cannot be more than the amount")]
    [InlineData("Input.Scores[0]", "", "Score every viability criterion, or none")]
    public async Task Invalid_Is400_KeepsAnswers_SavesNothing(string field, string value, string message)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var response = await client.PostFormAsync("/needs/funding/add", Valid("Refused grant").Set(field, value));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, doc.ErrorSummary());
        Assert.Equal("DHSC", doc.FieldValue("Input.Funder"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.FundingOpportunities.AnyAsync(f => f.Name == "Refused grant"));
    }

    [Fact]
    public async Task NotViable_CannotBeCounted()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var form = Valid("Weak grant")
            .With("Input.Count", "yes")
            .Set("Input.Scores[0]", "0")
            .Set("Input.Scores[1]", "1")
            .Set("Input.Scores[2]", "1");
        var response = await client.PostFormAsync("/needs/funding/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "Only an opportunity assessed as viable (60% or more) can be counted as potential resource",
            (await HtmlClient.ParseAsync(response)).ErrorSummary()
        );
    }
}
