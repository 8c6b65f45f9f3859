using System.Net;
using System.Text.Json;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>
/// The risk-share calculation of a pooled budget through the real HTTP pipeline, without signing in: METHODS §9 worked
/// example C exactly (a £10m pool, the council £6m and the ICB £4m), own schemes, rounding to the penny, and each bad
/// input named by its JSON path.
/// </summary>
public sealed class RiskShareCalculationApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string ExampleC = """[{"partner":"Council","amount":6000000},{"partner":"ICB","amount":4000000}]""";

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string json)
    {
        var response = await app.NewClient().PostJsonAsync("/api/v1/calculations/risk-share", json);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    private static decimal[] Shares(JsonElement body) =>
        [.. body.GetProperty("shares").EnumerateArray().Select(s => s.GetProperty("share").GetDecimal())];

    [Fact]
    [Trait("Criterion", "PB-P2")]
    [Trait("Criterion", "PB-P6")]
    public async Task WorkedExampleC_Proportional_Council300kIcb200k()
    {
        var (status, body) = await Post(
            $$"""{"rule":"proportional","contributions":{{ExampleC}},"outturn":10500000}"""
        );
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(500_000m, body.GetProperty("variance").GetDecimal());
        Assert.Equal("overspend", body.GetProperty("direction").GetString());
        Assert.Equal(10_000_000m, body.GetProperty("pool").GetDecimal());
        Assert.Equal([300_000m, 200_000m], Shares(body));
        var council = body.GetProperty("shares")[0];
        Assert.Equal("Council", council.GetProperty("partner").GetString());
        Assert.Equal(
            "60% of the £500,000 overspend (£6,000,000 of £10,000,000 contributed).",
            council.GetProperty("working").GetString()
        );
        Assert.Equal(0m, body.GetProperty("carriedForward").GetDecimal());
        Assert.Contains("largest remainder", body.GetProperty("rounding").GetString());
        Assert.Equal("return", body.GetProperty("underspend").GetString());
    }

    [Fact]
    [Trait("Criterion", "PB-P2")]
    [Trait("Criterion", "PB-P6")]
    public async Task WorkedExampleC_CappedAt3PercentThenHost_Council380kIcb120k()
    {
        var (status, body) = await Post(
            $$"""{"rule":"capped","contributions":{{ExampleC}},"outturn":10500000,"capPercent":3,"capExcessTo":"Council"}"""
        );
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([380_000m, 120_000m], Shares(body));
        Assert.EndsWith(
            "plus the £200,000 above the cap.",
            body.GetProperty("shares")[0].GetProperty("working").GetString()
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P2")]
    [Trait("Criterion", "PB-P6")]
    public async Task WorkedExampleC_UnderspendReturnedProRata_OrCarriedForward()
    {
        var (status, body) = await Post($$"""{"rule":"proportional","contributions":{{ExampleC}},"outturn":9800000}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(-200_000m, body.GetProperty("variance").GetDecimal());
        Assert.Equal("underspend", body.GetProperty("direction").GetString());
        Assert.Equal([-120_000m, -80_000m], Shares(body));

        var (_, carried) = await Post(
            $$"""{"rule":"proportional","contributions":{{ExampleC}},"outturn":9800000,"underspend":"carry-forward"}"""
        );
        Assert.Equal([0m, 0m], Shares(carried));
        Assert.Equal(200_000m, carried.GetProperty("carriedForward").GetDecimal());
        Assert.Equal("carry-forward", carried.GetProperty("underspend").GetString());
    }

    [Fact]
    public async Task OnBudget_SaysSo()
    {
        var (_, body) = await Post($$"""{"rule":"proportional","contributions":{{ExampleC}},"outturn":10000000}""");
        Assert.Equal("on budget", body.GetProperty("direction").GetString());
        Assert.Equal([0m, 0m], Shares(body));
    }

    [Fact]
    [Trait("Criterion", "PB-P6")]
    public async Task OwnSchemes_EachPartnerBearsTheVarianceOfItsSchemes()
    {
        var (status, body) = await Post(
            $$"""
            {"rule":"own-schemes","contributions":{{ExampleC}},"schemes":[
              {"name":"Reablement","leadPartner":"Council","budget":6000000,"spend":6400000},
              {"name":"Home care","leadPartner":"ICB","budget":4000000,"spend":4100000}]}
            """
        );
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(10_500_000m, body.GetProperty("outturn").GetDecimal());
        Assert.Equal([400_000m, 100_000m], Shares(body));
        Assert.Equal(
            "Bears the variance of the schemes it leads: Home care £100,000 overspent.",
            body.GetProperty("shares")[1].GetProperty("working").GetString()
        );
    }

    [Fact]
    public async Task HundredPoundsThreeWays_AddsUpToThePenny()
    {
        var (_, body) = await Post(
            """{"rule":"proportional","contributions":[{"partner":"A","amount":1},{"partner":"B","amount":1},{"partner":"C","amount":1}],"outturn":103}"""
        );
        Assert.Equal([33.34m, 33.33m, 33.33m], Shares(body));
        Assert.EndsWith("Here the 1p left over went to A.", body.GetProperty("rounding").GetString());
    }

    private const string Capped =
        """{"rule":"capped","contributions":[{"partner":"Council","amount":6000000},{"partner":"ICB","amount":4000000}],"outturn":10500000,"capPercent":3,"capExcessTo":"Council"}""";

    [Theory]
    [InlineData("\"rule\":\"capped\"", "\"rule\":\"shared\"", "rule")]
    [InlineData("\"rule\":\"capped\",", "", "rule")]
    [InlineData("\"capExcessTo\":\"Council\"", "\"capExcessTo\":\"Council\",\"underspend\":\"keep\"", "underspend")]
    [InlineData("\"amount\":4000000", "\"amount\":-1", "contributions[1].amount")]
    [InlineData("\"amount\":4000000", "\"amount\":4000000.001", "contributions[1].amount")]
    [InlineData("\"amount\":4000000", "\"amount\":1e13", "contributions[1].amount")]
    [InlineData(",\"amount\":4000000", "", "contributions[1].amount")]
    [InlineData("{\"partner\":\"ICB\",\"amount\":4000000}", "null", "contributions[1]")]
    [InlineData("\"partner\":\"ICB\"", "\"partner\":\"council\"", "contributions[1].partner")]
    [InlineData("\"partner\":\"ICB\"", "\"partner\":\" \"", "contributions[1].partner")]
    [InlineData("\"amount\":6000000", "\"amount\":0", "capExcessTo")]
    [InlineData("\"outturn\":10500000,", "", "outturn")]
    [InlineData("\"outturn\":10500000", "\"outturn\":10500000.5", "")]
    [InlineData("\"outturn\":10500000", "\"outturn\":10500000.505", "outturn")]
    [InlineData("\"capPercent\":3", "\"capPercent\":101", "capPercent")]
    [InlineData("\"capPercent\":3", "\"capPercent\":-0.5", "capPercent")]
    [InlineData("\"capPercent\":3,", "", "capPercent")]
    [InlineData("\"capExcessTo\":\"Council\"", "\"capExcessTo\":\"NHS England\"", "capExcessTo")]
    [InlineData(",\"capExcessTo\":\"Council\"", "", "capExcessTo")]
    [InlineData("\"rule\":\"capped\"", "\"rule\":\"proportional\"", "capPercent")]
    [InlineData(
        "\"outturn\":10500000",
        "\"outturn\":10500000,\"schemes\":[{\"name\":\"S\",\"leadPartner\":\"ICB\",\"budget\":1,\"spend\":1}]",
        "schemes"
    )]
    public async Task BadInput_Is400NamingTheField(string from, string to, string field)
    {
        var json = Capped.Replace(from, to);
        Assert.NotEqual(Capped, json);
        var (status, body) = await Post(json);
        if (field.Length == 0)
        {
            // The control: a change that is allowed (pence) is answered.
            Assert.Equal(HttpStatusCode.OK, status);
            return;
        }
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Some answers need correcting", body.GetProperty("title").GetString());
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), body.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Theory]
    [InlineData("""{"rule":"proportional","outturn":1}""", "contributions")]
    [InlineData("""{"rule":"proportional","contributions":[],"outturn":1}""", "contributions")]
    [InlineData(
        """{"rule":"proportional","contributions":[{"partner":"A","amount":0},{"partner":"B","amount":0}],"outturn":1}""",
        "contributions"
    )]
    [InlineData("""{"rule":"own-schemes","contributions":[{"partner":"A","amount":10}]}""", "schemes")]
    [InlineData(
        """{"rule":"own-schemes","contributions":[{"partner":"A","amount":10}],"schemes":[{"name":"S","leadPartner":"B","budget":10,"spend":12}]}""",
        "schemes[0].leadPartner"
    )]
    [InlineData(
        """{"rule":"own-schemes","contributions":[{"partner":"A","amount":10}],"schemes":[{"name":"S","leadPartner":"A","budget":9,"spend":12}]}""",
        "schemes"
    )]
    [InlineData(
        """{"rule":"own-schemes","contributions":[{"partner":"A","amount":10}],"schemes":[{"name":"S","leadPartner":"A","budget":10}]}""",
        "schemes[0].spend"
    )]
    [InlineData(
        """{"rule":"own-schemes","contributions":[{"partner":"A","amount":10}],"schemes":[{"name":"S","leadPartner":"A","budget":10,"spend":12}],"outturn":11}""",
        "outturn"
    )]
    [InlineData(
        """{"rule":"own-schemes","contributions":[{"partner":"A","amount":10}],"schemes":[null]}""",
        "schemes[0]"
    )]
    public async Task BadInput_OtherShapes_Are400NamingTheField(string json, string field)
    {
        var (status, body) = await Post(json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Theory]
    [InlineData("""{"rule":"proportional","contributions":[],"outturn":1,"extra":true}""")]
    [InlineData("""{"rule":"proportional","contributions":[{"partner":"A","amount":1,"host":true}],"outturn":1}""")]
    [InlineData("""{"rule":"proportional","contributions":[{"partner":"A","amount":"1"}],"outturn":1}""")]
    [InlineData("""{"rule":"proportional","contributions":[{"partner":"A","amount":1}],"outturn":"lots"}""")]
    [InlineData("""{"rule":"proportional","contributions":[""")]
    public async Task MalformedBodies_Are400ProblemDetails(string json)
    {
        var response = await app.NewClient().PostJsonAsync("/api/v1/calculations/risk-share", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task IsInTheOpenApiDocument_WithTheRoundingRule()
    {
        var doc = JsonDocument.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/calculations/risk-share", out var path));
        var post = path.GetProperty("post");
        Assert.Contains("Calculations", post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("largest remainder", post.GetProperty("description").GetString());
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("RiskShareCalculationRequest", out var request));
        Assert.Equal(
            100,
            request.GetProperty("properties").GetProperty("capPercent").GetProperty("maximum").GetInt32()
        );
    }

    [Fact]
    public void IsOpenAndRateLimitedLikeTheOtherCalculations()
    {
        var endpoint = app
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText?.TrimStart('/') == "api/v1/calculations/risk-share");
        Assert.NotNull(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
        Assert.Equal("calculations", endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
    }
}
