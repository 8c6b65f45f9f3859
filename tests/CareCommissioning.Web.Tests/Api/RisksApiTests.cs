using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Api;

public sealed class RisksApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Valid = """
        {"title":"Day centre closes","category":"Property","owner":"Estates","likelihood":3,"impact":4,"residualLikelihood":2,"residualImpact":4,"status":"Open","reviewDate":"2027-03-01"}
        """;

    [Fact]
    public async Task CreateGetUpdateConflict()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var created = await client.PostJsonAsync("/api/v1/risks", Valid);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(12, body.GetProperty("score").GetInt32());
        Assert.Equal("High", body.GetProperty("band").GetString());
        Assert.Equal(8, body.GetProperty("residualScore").GetInt32());

        var update = Valid.Replace("\"Estates\"", "\"Facilities\"").TrimEnd().TrimEnd('}') + ",\"version\":1}";
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/v1/risks/{id}", update)).StatusCode);
        var stale = await client.PutJsonAsync($"/api/v1/risks/{id}", update);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Facilities", (await client.GetJsonAsync($"/api/v1/risks/{id}")).GetProperty("owner").GetString());
    }

    [Fact]
    public async Task List_AndHeatMap_AgreeWithTheRegister()
    {
        var client = await app.ApiClientAs(Role.Auditor);
        var list = await client.GetJsonAsync("/api/v1/risks?pageSize=100");
        var total = list.GetProperty("total").GetInt32();
        var map = await client.GetJsonAsync("/api/v1/risks/heat-map");
        Assert.Equal(25, map.GetProperty("cells").GetArrayLength());
        Assert.Equal(total, map.GetProperty("cells").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        var scores = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("score").GetInt32()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var residual = await client.GetJsonAsync("/api/v1/risks/heat-map?view=residual");
        Assert.Equal(total, residual.GetProperty("total").GetInt32() + residual.GetProperty("notRated").GetInt32());
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await client.GetAsync("/api/v1/risks/heat-map?view=sideways")).StatusCode
        );
    }

    [Theory]
    [InlineData("""{"category":"Property","owner":"x","likelihood":3,"impact":4}""", null)]
    [InlineData("""{"title":"T","category":"Property","owner":"x","likelihood":"high","impact":4}""", null)]
    [InlineData("""{"title":"T","category":"Property","owner":"x","likelihood":9,"impact":4}""", "likelihood")]
    [InlineData(
        """{"title":"T","category":"Property","owner":"x","likelihood":2,"impact":2,"residualLikelihood":3,"residualImpact":3}""",
        "residualLikelihood"
    )]
    [InlineData("""{"title":"T","category":"Property","owner":"x","likelihood":3,"impact":4,"colour":"red"}""", null)]
    [InlineData("""{"title":"T","category":"Property",""", null)]
    [InlineData("""{"title":"","category":"Property","owner":"x","likelihood":3,"impact":4}""", "title")]
    public async Task Create_BadBody_Is400AndWritesNothing(string json, string? field)
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        int before;
        await using (var scope = app.Scope(out var db))
            before = await db.Risks.CountAsync();
        var response = await client.PostJsonAsync("/api/v1/risks", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        if (field is not null)
            Assert.Contains(field, (await response.ReadJsonAsync()).ErrorFields());
        await using (var scope = app.Scope(out var db))
            Assert.Equal(before, await db.Risks.CountAsync());
    }

    [Fact]
    public async Task Anonymous_Is401_AndProviderIs403()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync("/api/v1/risks")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await (await app.ApiClientAs(Role.Provider)).GetAsync("/api/v1/risks")).StatusCode
        );
    }
}
