using System.Globalization;
using System.Net;
using System.Text.Json;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>
/// The two stateless purchasing calculations through the real HTTP pipeline, without signing in: the route for a value
/// and CPV category (every band edge, VAT, central and sub-central, light touch) and tender scores (METHODS §9 worked
/// example B, exactly).
/// </summary>
public sealed class PurchasingCalculationsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string OfficeSupplies = "30192000-1";
    private const string WelfareForTheElderly = "85311100-3";

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, string json)
    {
        var response = await app.NewClient().PostJsonAsync("/api/v1/calculations/" + path, json);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> Route(
        string value,
        bool includesVat = true,
        string type = "sub-central",
        string category = OfficeSupplies,
        string? date = "2026-03-01"
    ) =>
        Post(
            "route",
            $$"""{"organisationType":"{{type}}","category":"{{category}}","estimatedValue":{{value}},"includesVat":{{(includesVat ? "true" : "false")}}{{(date is null ? "" : $",\"date\":\"{date}\"")}}}"""
        );

    [Theory]
    [InlineData("85311000")]
    [InlineData("85311000-2")]
    public async Task Route_TakesTheCpvCodeAsEightDigitsOrWithItsCheckDigit(string category)
    {
        // 85311000 (welfare services with accommodation) as OCDS data, Contracts Finder and Find a Tender write it.
        var (status, body) = await Route("100000", category: category);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("lightTouch").GetBoolean());
        Assert.Equal("RequestForQuotation", body.GetProperty("route").GetString());
    }

    [Theory]
    [Trait("Criterion", "PU-P6")]
    [Trait("Criterion", "PU-P4")]
    [InlineData("4999.99", "SingleQuote", 1)]
    [InlineData("5000", "WrittenQuotes", 3)]
    [InlineData("24999.99", "WrittenQuotes", 3)]
    [InlineData("25000", "RequestForQuotation", 3)]
    [InlineData("207719.99", "RequestForQuotation", 3)]
    [InlineData("207720", "FormalTender", null)]
    public async Task Route_EveryBandEdge_IncludingVat_SubCentral(string value, string route, int? quotes)
    {
        var (status, body) = await Route(value);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(route, body.GetProperty("route").GetString());
        if (quotes is null)
            Assert.Equal(JsonValueKind.Null, body.GetProperty("quotesRequired").ValueKind);
        else
            Assert.Equal(quotes, body.GetProperty("quotesRequired").GetInt32());
        Assert.False(body.GetProperty("lightTouch").GetBoolean());
        Assert.Equal(
            decimal.Parse(value, CultureInfo.InvariantCulture),
            body.GetProperty("valueIncludingVat").GetDecimal()
        );
        Assert.Equal(207_720m, body.GetProperty("statutoryThreshold").GetDecimal());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("reason").GetString()));
        Assert.Contains("default bands", body.GetProperty("rulesApplied").GetString());
    }

    [Theory]
    [Trait("Criterion", "PU-P4")]
    [InlineData("4166.66", "SingleQuote")] // £4,999.992 with VAT
    [InlineData("4166.67", "WrittenQuotes")] // £5,000.004 with VAT
    [InlineData("173099.99", "RequestForQuotation")]
    [InlineData("173100", "FormalTender")] // £207,720 with VAT
    public async Task Route_WithoutVat_AddsTwentyPercentBeforeComparing(string value, string route)
    {
        var (status, body) = await Route(value, includesVat: false);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(route, body.GetProperty("route").GetString());
        Assert.Equal(
            decimal.Parse(value, CultureInfo.InvariantCulture) * 1.2m,
            body.GetProperty("valueIncludingVat").GetDecimal()
        );
        Assert.Contains("plus VAT at 20%", body.GetProperty("reason").GetString());
    }

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public async Task Route_CentralGovernment_HasTheLowerThreshold()
    {
        var (_, central) = await Route("135018", type: "central");
        var (_, subCentral) = await Route("135018", type: "sub-central");
        Assert.Equal("FormalTender", central.GetProperty("route").GetString());
        Assert.Equal(135_018m, central.GetProperty("threshold").GetDecimal());
        Assert.Contains("central government", central.GetProperty("thresholdName").GetString());
        Assert.Equal("RequestForQuotation", subCentral.GetProperty("route").GetString());
        // Central government's below-threshold notice value is £12,000, other authorities' £30,000.
        Assert.True((await Route("12000", type: "central")).Body.GetProperty("notifiableIfAdvertised").GetBoolean());
        Assert.False(
            (await Route("12000", type: "sub-central")).Body.GetProperty("notifiableIfAdvertised").GetBoolean()
        );
    }

    [Theory]
    [Trait("Criterion", "PU-P6")]
    [InlineData("central", "663539.99", "RequestForQuotation")]
    [InlineData("central", "663540", "FormalTender")]
    [InlineData("sub-central", "300000", "RequestForQuotation")]
    [InlineData("sub-central", "663540", "FormalTender")]
    public async Task Route_LightTouchSocialCare_UsesTheLightTouchThreshold(string type, string value, string route)
    {
        var (status, body) = await Route(value, type: type, category: WelfareForTheElderly);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("lightTouch").GetBoolean());
        Assert.Equal(route, body.GetProperty("route").GetString());
        Assert.Equal(663_540m, body.GetProperty("statutoryThreshold").GetDecimal());
        Assert.Contains("light-touch service", body.GetProperty("reason").GetString());
    }

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public async Task Route_DateDecidesTheThresholdsInForce_AndTodayWhenLeftOut()
    {
        var (_, before) = await Route("214903.99", date: "2025-12-31");
        Assert.Equal("RequestForQuotation", before.GetProperty("route").GetString());
        Assert.Equal("2024-01-01", before.GetProperty("thresholdsInForceFrom").GetString());
        var (_, after) = await Route("214903.99", date: "2026-01-01");
        Assert.Equal("FormalTender", after.GetProperty("route").GetString());
        var (status, today) = await Route("1000", date: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SingleQuote", today.GetProperty("route").GetString());
    }

    [Theory]
    [InlineData("category", "\"category\":\"30192000-1\"", "\"category\":\"12345678-9\"")]
    [InlineData("category", "\"category\":\"30192000-1\"", "\"category\":\"30192000-2\"")]
    [InlineData("category", "\"category\":\"30192000-1\"", "\"category\":\"stationery\"")]
    [InlineData("category", "\"category\":\"30192000-1\"", "\"category\":\"12345678\"")]
    [InlineData("estimatedValue", "\"estimatedValue\":1000", "\"estimatedValue\":-1")]
    [InlineData("estimatedValue", "\"estimatedValue\":1000", "\"estimatedValue\":0")]
    [InlineData("estimatedValue", "\"estimatedValue\":1000", "\"estimatedValue\":2000000000")]
    [InlineData("organisationType", "\"organisationType\":\"sub-central\"", "\"organisationType\":\"parish\"")]
    [InlineData("date", "\"date\":\"2026-03-01\"", "\"date\":\"2023-06-01\"")]
    public async Task Route_BadInput_Is400NamingTheField(string field, string from, string to)
    {
        const string good =
            """{"organisationType":"sub-central","category":"30192000-1","estimatedValue":1000,"includesVat":true,"date":"2026-03-01"}""";
        Assert.Equal(HttpStatusCode.OK, (await Post("route", good)).Status);
        var (status, body) = await Post("route", good.Replace(from, to));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([field], body.ErrorFields());
    }

    [Theory]
    [InlineData("""{"organisationType":"central","category":"30192000-1","estimatedValue":1000}""")]
    [InlineData("""{"organisationType":"central","category":"30192000-1","includesVat":true}""")]
    [InlineData(
        """{"organisationType":"central","category":"30192000-1","estimatedValue":"1000","includesVat":true}"""
    )]
    [InlineData("""{"organisationType":"central","category":"30192000-1","estimatedValue":1e40,"includesVat":true}""")]
    [InlineData(
        """{"organisationType":"central","category":"30192000-1","estimatedValue":1000,"includesVat":true,"extra":1}"""
    )]
    public async Task Route_MissingOrWronglyTypedFields_Are400ProblemDetails(string json)
    {
        var response = await app.NewClient().PostJsonAsync("/api/v1/calculations/route", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private const string ExampleB = """
        {"priceWeight":40,"priceMethod":"METHOD","qualityMax":5,
         "criteria":[{"name":"Q1","weight":30},{"name":"Q2","weight":20},{"name":"Q3","weight":10}],
         "bids":[{"name":"A","price":1200000,"scores":[4,4,3]},
                 {"name":"B","price":1000000,"scores":[3,3,3]},
                 {"name":"C","price":1500000,"scores":[5,4,4]}]}
        """;

    private static decimal[] Values(JsonElement body, string member, int places) =>
        [
            .. body.GetProperty("bids")
                .EnumerateArray()
                .Select(b => Math.Round(b.GetProperty(member).GetDecimal(), places)),
        ];

    private static int[] Ranks(JsonElement body) =>
        [.. body.GetProperty("bids").EnumerateArray().Select(b => b.GetProperty("rank").GetInt32())];

    [Fact]
    [Trait("Criterion", "PU-P9")]
    public async Task TenderScores_WorkedExampleB_RelativeToLowest_CWins()
    {
        var (status, body) = await Post("tender-scores", ExampleB.Replace("METHOD", "lowest"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            ["A", "B", "C"],
            body.GetProperty("bids").EnumerateArray().Select(b => b.GetProperty("name").GetString())
        );
        Assert.Equal([46m, 36m, 54m], Values(body, "qualityPoints", 20));
        Assert.Equal([33.3333m, 40.0000m, 26.6667m], Values(body, "pricePoints", 4));
        Assert.Equal([79.3333m, 76.0000m, 80.6667m], Values(body, "total", 4));
        // Exactly: 40 × 1.0/1.2 = 100/3 and 40 × 1.0/1.5 = 80/3.
        Assert.Equal([Math.Round(100m / 3m, 20), 40m, Math.Round(80m / 3m, 20)], Values(body, "pricePoints", 20));
        Assert.Equal(
            [24m, 16m, 6m],
            body.GetProperty("bids")[0].GetProperty("criterionPoints").EnumerateArray().Select(p => p.GetDecimal())
        );
        Assert.Equal([2, 3, 1], Ranks(body));
        Assert.Equal(["C"], body.GetProperty("leaders").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    [Trait("Criterion", "PU-P9")]
    public async Task TenderScores_WorkedExampleB_RelativeToMean_AWins_WithTheExactFractions()
    {
        var (status, body) = await Post("tender-scores", ExampleB.Replace("METHOD", "mean"));
        Assert.Equal(HttpStatusCode.OK, status);
        // 780/37, 1020/37, 420/37 price points; 2482/37, 2352/37, 2418/37 totals (METHODS §9 B).
        Assert.Equal(
            [Math.Round(780m / 37m, 20), Math.Round(1020m / 37m, 20), Math.Round(420m / 37m, 20)],
            Values(body, "pricePoints", 20)
        );
        Assert.Equal(
            [Math.Round(2482m / 37m, 20), Math.Round(2352m / 37m, 20), Math.Round(2418m / 37m, 20)],
            Values(body, "total", 20)
        );
        Assert.Equal([21.0811m, 27.5676m, 11.3514m], Values(body, "pricePoints", 4));
        Assert.Equal([67.0811m, 63.5676m, 65.3514m], Values(body, "total", 4));
        Assert.Equal([1, 3, 2], Ranks(body));
        Assert.Equal(["A"], body.GetProperty("leaders").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    [Trait("Criterion", "PU-P9")]
    public async Task TenderScores_Absolute_ScoresAgainstTheReferencePrices()
    {
        // W × (max − price) ÷ (max − optimal) with max £1,600,000 and optimal £1,000,000: A 40 × 4/6, B 40, C 40 × 1/6.
        var json = ExampleB.Replace(
            "\"METHOD\"",
            "\"absolute\",\"referencePrices\":{\"max\":1600000,\"optimal\":1000000}"
        );
        var (status, body) = await Post("tender-scores", json);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([26.6667m, 40m, 6.6667m], Values(body, "pricePoints", 4));
        Assert.Equal([72.6667m, 76m, 60.6667m], Values(body, "total", 4));
        Assert.Equal([2, 1, 3], Ranks(body));

        // A price above the maximum scores 0, never less.
        var (_, clipped) = await Post("tender-scores", json.Replace("1500000", "1700000"));
        Assert.Equal(0m, Values(clipped, "pricePoints", 4)[2]);
    }

    [Theory]
    [InlineData("\"priceMethod\":\"absolute\"", "referencePrices")]
    [InlineData("\"priceMethod\":\"median\"", "priceMethod")]
    [InlineData("\"weight\":10}", "criteria", "\"weight\":15}")]
    [InlineData("\"scores\":[3,3,3]", "bids", "\"scores\":[3,3,6]")]
    [InlineData("\"scores\":[3,3,3]", "bids", "\"scores\":[3,3]")]
    [InlineData("\"price\":1000000", "bids", "\"price\":-5")]
    [InlineData("\"qualityMax\":5", "qualityMax", "\"qualityMax\":0")]
    [InlineData("\"priceWeight\":40", "priceWeight", "\"priceWeight\":140")]
    public async Task TenderScores_BadInput_Is400NamingTheField(string from, string field, string? to = null)
    {
        var json = ExampleB.Replace("\"METHOD\"", "\"lowest\"");
        var (status, body) = await Post(
            "tender-scores",
            json.Replace(to is null ? "\"priceMethod\":\"lowest\"" : from, to ?? from)
        );
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, body.ErrorFields());
    }

    [Fact]
    public async Task TenderScores_TooManyBidsOrCriteria_Is400()
    {
        var bids = string.Join(
            ',',
            Enumerable.Range(1, 201).Select(i => $$"""{"name":"Bid {{i}}","price":{{1000 + i}},"scores":[3]}""")
        );
        var (status, body) = await Post(
            "tender-scores",
            $$"""{"priceWeight":40,"priceMethod":"lowest","qualityMax":5,"criteria":[{"name":"Q","weight":60}],"bids":[{{bids}}]}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["bids"], body.ErrorFields());
        Assert.Contains("200 bids or fewer", body.GetProperty("errors").GetProperty("bids")[0].GetString());

        var criteria = string.Join(',', Enumerable.Range(1, 51).Select(i => $$"""{"name":"Q{{i}}","weight":1}"""));
        var (status2, body2) = await Post(
            "tender-scores",
            $$"""{"priceWeight":49,"priceMethod":"lowest","qualityMax":5,"criteria":[{{criteria}}],"bids":[{"name":"A","price":1,"scores":[]}]}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, status2);
        Assert.Contains("criteria", body2.ErrorFields());

        // 200 bids is allowed.
        var most = string.Join(
            ',',
            Enumerable.Range(1, 200).Select(i => $$"""{"name":"Bid {{i}}","price":{{1000 + i}},"scores":[3]}""")
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await Post(
                    "tender-scores",
                    $$"""{"priceWeight":40,"priceMethod":"lowest","qualityMax":5,"criteria":[{"name":"Q","weight":60}],"bids":[{{most}}]}"""
                )
            ).Status
        );
    }

    [Theory]
    [InlineData(
        """{"priceWeight":40,"priceMethod":"lowest","criteria":[],"bids":[{"name":"A","price":1,"scores":[]}]}"""
    )]
    [InlineData("""{"priceWeight":40,"priceMethod":"lowest","qualityMax":5,"criteria":[]}""")]
    [InlineData(
        """{"priceWeight":40,"priceMethod":"lowest","qualityMax":5,"criteria":[],"bids":[{"name":"A","scores":[]}]}"""
    )]
    public async Task TenderScores_MissingFields_Are400(string json)
    {
        var response = await app.NewClient().PostJsonAsync("/api/v1/calculations/tender-scores", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BothCalculations_AreOpenWithoutSignIn_AndInTheOpenApiDocument()
    {
        var anonymous = app.NewClient();
        var route = await anonymous.PostJsonAsync(
            "/api/v1/calculations/route",
            """{"organisationType":"central","category":"85311100-3","estimatedValue":1000,"includesVat":true}"""
        );
        Assert.Equal(HttpStatusCode.OK, route.StatusCode);
        var scores = await anonymous.PostJsonAsync(
            "/api/v1/calculations/tender-scores",
            ExampleB.Replace("METHOD", "lowest")
        );
        Assert.Equal(HttpStatusCode.OK, scores.StatusCode);

        var openApi = await anonymous.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/calculations/route", openApi);
        Assert.Contains("/api/v1/calculations/tender-scores", openApi);
        Assert.Contains("/api/v1/purchasing-rules", openApi);
    }
}
