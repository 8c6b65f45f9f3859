using System.Net;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>The strategy library over JSON: the same rules, visibility and errors as its pages.</summary>
public sealed class StrategiesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Body(string title, string extra = "") =>
        $$"""
            {"title":"{{title}}","kind":"Policy","owner":"Prevention Lead","status":"Current","startsOn":"2025-01-01",
             "outcomes":["Fewer falls"],"documents":[{"title":"The policy","address":"https://example.org/p"}],
             "sharedWithPartners":true,"evaluationIntervalMonths":24,"nextEvaluationDue":"2027-01-31"{{extra}}}
            """;

    [Fact]
    [Trait("Criterion", "EV-P2")]
    public async Task CreateGetUpdate_AndAStaleVersionIs409WithTheCurrentVersion()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var client = await app.ApiClientAs(w.Us);
        var title = $"Prevention policy {TestData.Mark()}";
        var created = await client.PostJsonAsync("/api/v1/strategies", Body(title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(w.Ours, body.GetProperty("organisationId").GetGuid());
        Assert.Equal("Policy", body.GetProperty("kind").GetString());
        Assert.Equal("https://example.org/p", body.GetProperty("documents")[0].GetProperty("address").GetString());

        var read = await client.GetJsonAsync($"/api/v1/strategies/{id}");
        var version = read.GetProperty("version").GetInt32();
        var update = Body(title, $",\"owner\":\"Director of Public Health\",\"version\":{version}")
            .Replace("\"owner\":\"Prevention Lead\",", "");
        var ok = await client.PutJsonAsync($"/api/v1/strategies/{id}", update);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("Director of Public Health", (await ok.ReadJsonAsync()).GetProperty("owner").GetString());

        var stale = await client.PutJsonAsync($"/api/v1/strategies/{id}", update);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(version + 1, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());

        // The partner sees it in its library (shared), read only.
        var partner = await app.ApiClientAs(w.PartnerUser);
        var list = await partner.GetJsonAsync(
            $"/api/v1/strategies?search={Uri.EscapeDataString(title)}&whose=partners"
        );
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await partner.PutJsonAsync($"/api/v1/strategies/{id}", update)).StatusCode
        );
    }

    [Theory]
    [InlineData("""{"kind":"Policy","owner":"x"}""", null)]
    [InlineData("""{"title":"T","kind":"Sculpture","owner":"x"}""", "kind")]
    [InlineData(
        """{"title":"T","kind":"Policy","owner":"x","evaluationIntervalMonths":"often"}""",
        "evaluationIntervalMonths"
    )]
    [InlineData("""{"title":"T","kind":"Policy","owner":"x","evaluationIntervalMonths":12}""", "nextEvaluationDue")]
    [InlineData("""{"title":"","kind":"Policy","owner":"x"}""", "title")]
    [InlineData(
        """{"title":"T","kind":"Policy","owner":"x","relations":[{"strategyId":"5d0c9a1b-7e2f-4b3a-8c6d-1e2f3a4b5c6d","kind":"Supports"}]}""",
        "relations"
    )]
    [InlineData("""{"title":"T","kind":"Policy",""", null)]
    public async Task Create_BadBody_Is400NamingTheField_AndWritesNothing(string json, string? field)
    {
        var w = await StrategyWorld.CreateAsync(app);
        var client = await app.ApiClientAs(w.Us);
        var response = await client.PostJsonAsync("/api/v1/strategies", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        if (field is not null)
            Assert.Contains(field, (await response.ReadJsonAsync()).ErrorFields());
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Strategies.AnyAsync(s => s.OrganisationId == w.Ours));
    }

    [Fact]
    public async Task AnotherOrganisation_IsNotFound_AndAnUnsharedStrategyIsNotListed()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var mark = TestData.Mark();
        var s = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Private {mark}", x => x.SharedWithPartners = false);
        var stranger = await app.ApiClientAs(w.StrangerUser);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/strategies/{s.Id}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PutJsonAsync($"/api/v1/strategies/{s.Id}", Body("x", ",\"version\":1"))).StatusCode
        );
        var partner = await app.ApiClientAs(w.PartnerUser);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/strategies/{s.Id}")).StatusCode);
        Assert.Equal(
            0,
            (await partner.GetJsonAsync($"/api/v1/strategies?search={mark}")).GetProperty("total").GetInt32()
        );
    }

    [Fact]
    public async Task List_IsPagedAndSearched()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var mark = TestData.Mark();
        for (var i = 1; i <= 3; i++)
            await StrategyFixtures.StrategyAsync(app, w.Ours, $"Listed {mark} {i}");
        var client = await app.ApiClientAs(w.Us);
        var page = await client.GetJsonAsync($"/api/v1/strategies?search={mark}&page=2&pageSize=2");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal($"Listed {mark} 3", page.GetProperty("items")[0].GetProperty("title").GetString());
    }
}
