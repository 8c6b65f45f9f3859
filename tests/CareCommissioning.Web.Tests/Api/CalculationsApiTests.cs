using System.Net;
using System.Text;
using System.Text.Json;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

public sealed class CalculationsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, string json)
    {
        var response = await app.NewClient()
            .PostAsync("/api/v1/calculations/" + path, new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    private const string ExampleA = """
        {"schedule":"standard","baseline":"Do nothing","options":[
          {"name":"Do nothing","optimismBias":0,"costs":[],"benefits":[]},
          {"name":"Redesign","optimismBias":0,
           "costs":[{"year":0,"amount":100000},{"year":1,"amount":100000},{"year":2,"amount":100000},{"year":3,"amount":100000},{"year":4,"amount":100000},{"year":5,"amount":100000},{"year":6,"amount":100000},{"year":7,"amount":100000},{"year":8,"amount":100000},{"year":9,"amount":100000}],
           "benefits":[{"year":1,"amount":150000},{"year":2,"amount":150000},{"year":3,"amount":150000},{"year":4,"amount":150000},{"year":5,"amount":150000},{"year":6,"amount":150000},{"year":7,"amount":150000},{"year":8,"amount":150000},{"year":9,"amount":150000}]}]}
        """;

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public async Task PresentValue_WorkedExampleA_CostsAtHealthRate()
    {
        var flows = string.Join(',', Enumerable.Range(0, 10).Select(t => $$"""{"year":{{t}},"amount":100000}"""));
        var (status, body) = await Post("present-value", $$"""{"schedule":"health","flows":[{{flows}}]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(936_051.73m, Math.Round(body.GetProperty("presentValue").GetDecimal(), 2));
        var factors = body.GetProperty("factors");
        Assert.Equal(10, factors.GetArrayLength());
        Assert.Equal(1m, factors[0].GetProperty("factor").GetDecimal());
        Assert.Equal(0.985222m, Math.Round(factors[1].GetProperty("factor").GetDecimal(), 6));
    }

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public async Task Appraisal_WorkedExampleA_GivesNpsvBcrAndPreferred()
    {
        var (status, body) = await Post("appraisal", ExampleA);
        Assert.Equal(HttpStatusCode.OK, status);
        var redesign = body.GetProperty("options")
            .EnumerateArray()
            .Single(o => o.GetProperty("name").GetString() == "Redesign");
        Assert.Equal(860_768.65m, Math.Round(redesign.GetProperty("pvCosts").GetDecimal(), 2));
        Assert.Equal(1_141_152.98m, Math.Round(redesign.GetProperty("pvBenefits").GetDecimal(), 2));
        Assert.Equal(280_384.33m, Math.Round(redesign.GetProperty("npsv").GetDecimal(), 2));
        Assert.Equal(1.3257m, Math.Round(redesign.GetProperty("bcr").GetDecimal(), 4));
        Assert.Equal(280_384.33m, Math.Round(redesign.GetProperty("npsvVersusBaseline").GetDecimal(), 2));
        Assert.True(redesign.GetProperty("preferred").GetBoolean());
    }

    [Fact]
    [Trait("Criterion", "OA-P12")]
    [Trait("Criterion", "OA-P13")]
    public async Task Mcda_TwoOptions_GivesTotalsRanksAndSwitchingWeight()
    {
        var (status, body) = await Post(
            "mcda",
            """
            {"criteria":[{"name":"Outcomes","weight":60},{"name":"Cost","weight":40}],
             "options":[{"name":"A","scores":[100,0]},{"name":"B","scores":[40,100]}]}
            """
        );
        Assert.Equal(HttpStatusCode.OK, status);
        var options = body.GetProperty("options");
        Assert.Equal(60m, options[0].GetProperty("total").GetDecimal());
        Assert.Equal(2, options[0].GetProperty("rank").GetInt32());
        var outcomes = body.GetProperty("criteria")[0];
        Assert.Equal(62.5m, outcomes.GetProperty("switchingWeight").GetDecimal());
        Assert.Equal(0.625m, outcomes.GetProperty("normalisedSwitchingWeight").GetDecimal());
    }

    [Fact]
    [Trait("Criterion", "OA-P13")]
    public async Task Mcda_SwitchingWeights_AreOnTheScaleOfTheWeightsSent()
    {
        // B leads (65 against 61.5). Raising the first criterion's weight x, the others rescaled, A's total is
        // 49.17 + 30.83x and B's 75 − 25x: they cross at x = 31/67, which is 46.27 on the 0–100 scale sent.
        var (status, body) = await Post(
            "mcda",
            """
            {"criteria":[{"name":"Outcomes","weight":40},{"name":"Voice","weight":25},{"name":"Cost","weight":20},
                         {"name":"Risk","weight":15}],
             "options":[{"name":"A","scores":[80,40,60,50]},{"name":"B","scores":[50,90,60,70]}]}
            """
        );
        Assert.Equal(HttpStatusCode.OK, status);
        var outcomes = body.GetProperty("criteria")[0];
        Assert.Equal(40m, outcomes.GetProperty("weight").GetDecimal());
        Assert.Equal(0.4m, outcomes.GetProperty("normalisedWeight").GetDecimal());
        var normalised = outcomes.GetProperty("normalisedSwitchingWeight").GetDecimal();
        var onScale = outcomes.GetProperty("switchingWeight").GetDecimal();
        Assert.Equal(0.4627m, Math.Round(normalised, 4));
        Assert.Equal(46.27m, Math.Round(onScale, 2));
        Assert.Equal("A", outcomes.GetProperty("newLeader").GetString());
    }

    [Fact]
    public async Task Mcda_DominantOption_HasNullSwitchingWeight()
    {
        var (_, body) = await Post(
            "mcda",
            """{"criteria":[{"name":"Q","weight":100}],"options":[{"name":"A","scores":[90]},{"name":"B","scores":[10]}]}"""
        );
        Assert.Equal(JsonValueKind.Null, body.GetProperty("criteria")[0].GetProperty("switchingWeight").ValueKind);
    }

    private const string MonteCarloBody = """
        {"schedule":"standard","baseline":"Do nothing","iterations":20000,"seed":7,"options":[
          {"name":"Do nothing","costs":[],"benefits":[]},
          {"name":"Redesign","optimismBias":0,
           "costs":[{"year":0,"amount":100000}],
           "benefits":[{"year":1,"amount":{"distribution":"triangular","min":80000,"mode":100000,"max":150000}},
                       {"year":2,"amount":{"distribution":"normal","mean":100000,"sd":10000}}]}]}
        """;

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public async Task MonteCarlo_SameSeed_SameAnswer_AndMeanNearTheAnalyticMean()
    {
        var (status, first) = await Post("monte-carlo", MonteCarloBody);
        Assert.Equal(HttpStatusCode.OK, status);
        var (_, second) = await Post("monte-carlo", MonteCarloBody);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(7, first.GetProperty("seed").GetInt32());
        var redesign = first
            .GetProperty("options")
            .EnumerateArray()
            .Single(o => o.GetProperty("name").GetString() == "Redesign");
        // Mean benefit year 1 = 110,000 × D(1); year 2 = 100,000 × D(2); cost 100,000 at year 0.
        var analytic = 110_000m * 0.966183574879227m + 100_000m * 0.933510700366403m - 100_000m;
        Assert.InRange(redesign.GetProperty("mean").GetDecimal(), analytic - 700m, analytic + 700m);
        Assert.True(redesign.GetProperty("p10").GetDecimal() < redesign.GetProperty("p90").GetDecimal());
        Assert.Equal(1m, redesign.GetProperty("probabilityBeatsBaseline").GetDecimal());
    }

    [Theory]
    [InlineData("\"iterations\":20000", "\"iterations\":10000000", "iterations")]
    [InlineData(
        "\"min\":80000,\"mode\":100000,\"max\":150000",
        "\"min\":150000,\"mode\":100000,\"max\":80000",
        "options[1].benefits[0].amount"
    )]
    [InlineData("\"distribution\":\"normal\"", "\"distribution\":\"lognormal\"", "options[1].benefits[1].amount")]
    [InlineData("\"sd\":10000", "\"sd\":-1", "options[1].benefits[1].amount")]
    public async Task MonteCarlo_BadInput_Is400NamingTheField(string from, string to, string field)
    {
        var (status, body) = await Post("monte-carlo", MonteCarloBody.Replace(from, to));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task MonteCarlo_AmountThatIsNeitherNumberNorDistribution_Is400()
    {
        var (status, _) = await Post("monte-carlo", MonteCarloBody.Replace("\"amount\":100000", "\"amount\":\"lots\""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("present-value", """{"schedule":"weekly","flows":[]}""", "schedule")]
    [InlineData("present-value", """{"schedule":"standard","flows":[{"year":201,"amount":1}]}""", "flows[0].year")]
    [InlineData("present-value", """{"schedule":"standard","flows":[{"year":-1,"amount":1}]}""", "flows[0].year")]
    [InlineData("present-value", """{"schedule":"standard","flows":[{"year":1,"amount":1e15}]}""", "flows[0].amount")]
    [InlineData(
        "appraisal",
        """{"schedule":"standard","baseline":"Do nothing","options":[{"name":"Redesign","costs":[],"benefits":[]}]}""",
        "baseline"
    )]
    [InlineData(
        "appraisal",
        """{"schedule":"standard","baseline":"A","options":[{"name":"A","optimismBias":3,"costs":[],"benefits":[]}]}""",
        "options[0].optimismBias"
    )]
    [InlineData(
        "appraisal",
        """{"schedule":"standard","baseline":"A","options":[{"name":"A","costs":[],"benefits":[]},{"name":"a","costs":[],"benefits":[]}]}""",
        "options[1].name"
    )]
    [InlineData(
        "mcda",
        """{"criteria":[{"name":"Q","weight":60},{"name":"P","weight":30}],"options":[{"name":"A","scores":[1,2]}]}""",
        "criteria"
    )]
    [InlineData(
        "mcda",
        """{"criteria":[{"name":"Q","weight":100}],"options":[{"name":"A","scores":[101]}]}""",
        "options[0].scores[0]"
    )]
    [InlineData(
        "mcda",
        """{"criteria":[{"name":"Q","weight":100}],"options":[{"name":"A","scores":[1,2]}]}""",
        "options[0].scores"
    )]
    public async Task BadValues_Are400ProblemDetailsNamingTheField(string path, string json, string field)
    {
        var (status, body) = await Post(path, json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), body.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Theory]
    [InlineData("present-value", """{"flows":[]}""")]
    [InlineData("present-value", """{"schedule":"standard","flows":[{"year":1}]}""")]
    [InlineData("present-value", """{"schedule":"standard","flows":[{"year":"one","amount":1}]}""")]
    [InlineData("present-value", """{"schedule":"standard","flows":[{"year":"1","amount":1}]}""")]
    [InlineData("present-value", """{"schedule":"standard","flows":[],"extra":true}""")]
    [InlineData("present-value", """{"schedule":"standard","flows":[""")]
    [InlineData("mcda", """{"criteria":[{"name":"Q","weight":"heavy"}],"options":[]}""")]
    [InlineData("appraisal", """{"schedule":"standard","baseline":"A","options":[{"name":"A","costs":[]}]}""")]
    public async Task MalformedBodies_Are400ProblemDetails(string path, string json)
    {
        var response = await app.NewClient()
            .PostAsync("/api/v1/calculations/" + path, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Calculations_AreInTheOpenApiDocumentWithTheirLimits()
    {
        var doc = JsonDocument.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/calculations/present-value", out _));
        Assert.True(paths.TryGetProperty("/api/v1/calculations/appraisal", out _));
        Assert.True(paths.TryGetProperty("/api/v1/calculations/mcda", out _));
        Assert.True(paths.TryGetProperty("/api/v1/calculations/monte-carlo", out _));
        var amount = doc.GetProperty("components").GetProperty("schemas").GetProperty("UncertainAmount");
        Assert.Equal(2, amount.GetProperty("oneOf").GetArrayLength());
        var flow = doc.GetProperty("components").GetProperty("schemas").GetProperty("FlowDto");
        Assert.Contains("year", flow.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(200, flow.GetProperty("properties").GetProperty("year").GetProperty("maximum").GetInt32());
    }
}
