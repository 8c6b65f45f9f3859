using System.Net;
using System.Text.Json.Nodes;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

public sealed class AppraisalsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Start = """{"title":"API appraisal","baseYear":2026,"horizonYears":3,"schedule":"standard"}""";

    private static async Task<(Guid Id, JsonObject Body)> CreateAsync(HttpClient client, string json = Start)
    {
        var created = await client.PostJsonAsync("/api/v1/appraisals", json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!.AsObject();
        return (body["id"]!.GetValue<Guid>(), body);
    }

    /// <summary>The content as read, with a redesign option and flows added.</summary>
    private static JsonObject WithOptions(JsonObject body)
    {
        var content = body["content"]!.DeepClone().AsObject();
        var options = content["options"]!.AsArray();
        options[0]!["costs"] = JsonNode.Parse(
            """[{"year":0,"amount":100000},{"year":1,"amount":100000},{"year":2,"amount":100000},{"year":3,"amount":100000}]"""
        );
        options.Add(
            JsonNode.Parse(
                """
                {"id":"11111111-1111-1111-1111-111111111111","name":"Redesign","kind":"ServiceRedesign","assessment":"Preferred","assessmentReason":"Best fit",
                 "optimismBias":0.41,"costs":[{"year":0,"amount":80000},{"year":1,"amount":60000}],"benefits":[{"year":1,"amount":30000},{"year":2,"amount":30000}]}
                """
            )
        );
        return content;
    }

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public async Task CreateReplaceContent_GivesTheEconomicCase_AndStaleVersionsAreRefused()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var (id, body) = await CreateAsync(client);
        Assert.Equal("Draft", body["status"]!.GetValue<string>());
        Assert.Equal("DoNothing", body["content"]!["options"]![0]!["kind"]!.GetValue<string>());
        Assert.Null(body["content"]!["shortList"]);

        var content = WithOptions(body);
        var put = await client.PutJsonAsync(
            $"/api/v1/appraisals/{id}/content",
            new JsonObject { ["version"] = body["version"]!.GetValue<int>(), ["content"] = content }.ToJsonString()
        );
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await put.ReadJsonAsync();
        var economic = saved.GetProperty("results").GetProperty("economic");
        Assert.Equal(2, economic.GetArrayLength());
        // Redesign: costs (80,000 + 60,000/1.035) × 1.41; benefits 30,000/1.035 + 30,000/1.035².
        var pvc = (80_000m + 60_000m / 1.035m) * 1.41m;
        var pvb = 30_000m / 1.035m + 30_000m / (1.035m * 1.035m);
        var redesign = economic.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Redesign");
        Assert.Equal(Math.Round(pvc, 6), Math.Round(redesign.GetProperty("pvCosts").GetDecimal(), 6));
        Assert.Equal(Math.Round(pvb, 6), Math.Round(redesign.GetProperty("pvBenefits").GetDecimal(), 6));

        var stale = await client.PutJsonAsync(
            $"/api/v1/appraisals/{id}/content",
            new JsonObject
            {
                ["version"] = body["version"]!.GetValue<int>(),
                ["content"] = content.DeepClone(),
            }.ToJsonString()
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(
            saved.GetProperty("version").GetInt32(),
            (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32()
        );
    }

    public static TheoryData<string, string> BadContent =>
        new()
        {
            { """{"kind":"Innovation"}""", "options" },
            { """{"criteria":[{"name":"A","weight":60},{"name":"B","weight":30}]}""", "criteria" },
            { """{"year":7}""", "options[1].costs[0]" },
            { """{"distribution":"Triangular","low":1.3,"mode":1,"high":0.9}""", "uncertainties[0].low" },
            { """{"iterations":10000000}""", "monteCarloIterations" },
        };

    [Theory]
    [MemberData(nameof(BadContent))]
    public async Task ReplaceContent_BadContent_Is400_AndNothingChanges(string change, string field)
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var (id, body) = await CreateAsync(client);
        var content = WithOptions(body);
        var what = JsonNode.Parse(change)!.AsObject();
        if (what["kind"] is not null)
            content["options"]![0]!["kind"] = "Innovation"; // no do nothing left
        if (what["criteria"] is { } criteria)
            content["criteria"] = criteria.DeepClone();
        if (what["year"] is { } year)
            content["options"]![1]!["costs"]![0]!["year"] = year.GetValue<int>();
        if (what["distribution"] is not null)
            content["uncertainties"] = new JsonArray(
                JsonNode.Parse(
                    $$"""{"optionId":"11111111-1111-1111-1111-111111111111","stream":"Costs","distribution":"Triangular","low":1.3,"mode":1,"high":0.9}"""
                )
            );
        if (what["iterations"] is { } n)
            content["monteCarloIterations"] = n.GetValue<int>();
        var put = await client.PutJsonAsync(
            $"/api/v1/appraisals/{id}/content",
            new JsonObject { ["version"] = body["version"]!.GetValue<int>(), ["content"] = content }.ToJsonString()
        );
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains(field, (await put.ReadJsonAsync()).ErrorFields());
        var now = await client.GetJsonAsync($"/api/v1/appraisals/{id}");
        Assert.Single(now.GetProperty("content").GetProperty("options").EnumerateArray());
    }

    [Fact]
    [Trait("Criterion", "OA-P16")]
    public async Task Move_IsRefusedWithReasons_ThenFreezesAVersion()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var (id, body) = await CreateAsync(client);
        var refused = await client.PostJsonAsync(
            $"/api/v1/appraisals/{id}/status",
            $$"""{"version":{{body["version"]}},"to":"EngagementOpen"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var reasons = (await refused.ReadJsonAsync())
            .GetProperty("errors")
            .GetProperty("to")
            .EnumerateArray()
            .Select(e => e.GetString())
            .ToList();
        Assert.Contains("Add at least one outcome, so people know what the appraisal aims at", reasons);

        var content = WithOptions(body);
        content["outcomes"] = JsonNode.Parse("""[{"outcome":"More people at home"}]""");
        content["engagement"] = JsonNode.Parse(
            """{"summary":"Plain words","invitedOrganisationIds":["00000000-0000-0000-0000-000000000001"]}"""
        );
        var put = await client.PutJsonAsync(
            $"/api/v1/appraisals/{id}/content",
            new JsonObject { ["version"] = body["version"]!.GetValue<int>(), ["content"] = content }.ToJsonString()
        );
        var version = (await put.ReadJsonAsync()).GetProperty("version").GetInt32();
        var moved = await client.PostJsonAsync(
            $"/api/v1/appraisals/{id}/status",
            $$"""{"version":{{version}},"to":"EngagementOpen"}"""
        );
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var frozen = await client.GetJsonAsync($"/api/v1/appraisals/{id}/versions/1");
        Assert.Equal("EngagementOpen", frozen.GetProperty("status").GetString());
        var decided = await client.PostJsonAsync(
            $"/api/v1/appraisals/{id}/status",
            $$"""{"version":{{version + 1}},"to":"Decided"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, decided.StatusCode);
    }

    [Theory]
    [InlineData(Role.Auditor, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Role.FinanceOfficer, HttpStatusCode.OK, HttpStatusCode.Created)]
    [InlineData(Role.Provider, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Role.Stakeholder, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Roles_AsThePages(Role role, HttpStatusCode read, HttpStatusCode create)
    {
        var client = await app.ApiClientAs(role);
        Assert.Equal(read, (await client.GetAsync("/api/v1/appraisals")).StatusCode);
        Assert.Equal(create, (await client.PostJsonAsync("/api/v1/appraisals", Start)).StatusCode);
    }
}
