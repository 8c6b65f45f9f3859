using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

public sealed class ServiceLinesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Line =
        """{"name":"Supported living","unit":"people","unitCost":52000,"baseYear":2026,"priceInflation":0.05,"generalInflation":0.02}""";

    [Fact]
    [Trait("Criterion", "OA-P2")]
    public async Task CreateDemandAndCommitment_RoundTrip()
    {
        var client = await app.ApiClientAs(Role.FinanceOfficer);
        var created = await client.PostJsonAsync("/api/v1/service-lines", Line);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        var demand = await client.PutJsonAsync(
            $"/api/v1/service-lines/{id}/demand",
            """[{"year":2026,"volume":200,"basis":"Actual"},{"year":2027,"volume":210}]"""
        );
        Assert.Equal(HttpStatusCode.OK, demand.StatusCode);
        var body = await demand.ReadJsonAsync();
        var rows = body.GetProperty("commitment");
        Assert.Equal(10_400_000m, rows[0].GetProperty("nominal").GetDecimal());
        Assert.Equal(210m * 52_000m * 1.05m, rows[1].GetProperty("nominal").GetDecimal());
        Assert.Equal("2027/28", rows[1].GetProperty("financialYear").GetString());

        var stale = await client.PutJsonAsync($"/api/v1/service-lines/{id}", Line.TrimEnd('}') + ",\"version\":99}");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Theory]
    [InlineData("""{"unit":"people","unitCost":1,"baseYear":2026}""")]
    [InlineData("""{"name":"X","unit":"people","unitCost":"a lot","baseYear":2026}""")]
    [InlineData("""{"name":"X","unit":"people","unitCost":1,"baseYear":2026,"priceInflation":1.5}""")]
    [InlineData("""{"name":"X","unit":"people","unitCost":-1,"baseYear":2026}""")]
    [InlineData("""{"name":"X","unit":"people","unitCost":1,"baseYear":2026,"colour":"blue"}""")]
    public async Task Create_BadBody_Is400(string json)
    {
        var client = await app.ApiClientAs(Role.FinanceOfficer);
        var response = await client.PostJsonAsync("/api/v1/service-lines", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("""[{"year":2040,"volume":1}]""")]
    [InlineData("""[{"year":2026,"volume":-1}]""")]
    [InlineData("""[{"year":2026,"volume":1},{"year":2026,"volume":2}]""")]
    public async Task ReplaceDemand_BadFigures_Are400(string json)
    {
        var client = await app.ApiClientAs(Role.FinanceOfficer);
        var id = (await (await client.PostJsonAsync("/api/v1/service-lines", Line)).ReadJsonAsync())
            .GetProperty("id")
            .GetGuid();
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await client.PutJsonAsync($"/api/v1/service-lines/{id}/demand", json)).StatusCode
        );
    }
}
