using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Pages.Reference;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Suppliers;

/// <summary>Finding a CPV code: the in-memory index, the search page that works without JavaScript, and the JSON
/// endpoint behind the autocomplete.</summary>
public sealed class CpvSearchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Index_HoldsTheWholeList()
    {
        Assert.Equal(9454, CpvIndex.Standard.Count);
        Assert.Equal(45, CpvIndex.Standard.Divisions.Count);
    }

    [Fact]
    [Trait("Criterion", "PU-P1")]
    public void Index_WordsMatchTheStartOfWordsInAnyOrderAndCase()
    {
        var result = CpvIndex.Standard.Search("WHEELCHAIR", 0, 100);
        Assert.Contains(result.Items, e => e.Code == "33193120-6");
        Assert.Contains(result.Items, e => e.Code == "33193221-4");
        Assert.All(result.Items, e => Assert.Contains("wheelchair", e.Description, StringComparison.OrdinalIgnoreCase));
        // Descriptions that start with the word come first.
        Assert.StartsWith("Wheelchair", result.Items[0].Description);

        var elderly = CpvIndex.Standard.Search("elderly welfare", 0, 10);
        Assert.Equal("85311100-3", elderly.Items[0].Code);
        // "help" begins "Home-help services"; "elp" begins no word of it.
        Assert.Contains(CpvIndex.Standard.Search("home help", 0, 10).Items, e => e.Code == "98513310-8");
        Assert.DoesNotContain(CpvIndex.Standard.Search("elp", 0, 100).Items, e => e.Code == "98513310-8");
    }

    [Fact]
    [Trait("Criterion", "PU-P1")]
    public void Index_DigitsMatchTheStartOfTheCode_TheExactCodeFirst()
    {
        var prefix = CpvIndex.Standard.Search("8531", 0, 100);
        Assert.Equal("85310000-5", prefix.Items[0].Code);
        Assert.All(prefix.Items, e => Assert.StartsWith("8531", e.Code));
        Assert.Equal(prefix.Total, prefix.Items.Count);

        Assert.Equal("85311100-3", CpvIndex.Standard.Search("85311100-3", 0, 5).Items[0].Code);
        Assert.Equal("33196200-2", CpvIndex.Standard.Search("33196200", 0, 5).Items[0].Code);
        Assert.Equal(0, CpvIndex.Standard.Search("99999", 0, 5).Total);
        Assert.Equal(0, CpvIndex.Standard.Search("   ", 0, 5).Total);
        Assert.Equal(0, CpvIndex.Standard.Search("%_'; drop", 0, 5).Total);
    }

    [Fact]
    [Trait("Criterion", "PU-P1")]
    public async Task Page_WithoutJavaScript_FindsCodesByWordsAndPages()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var start = await client.GetDocumentAsync("/reference/cpv");
        Assert.Equal("Find a CPV code", start.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(45, start.QuerySelectorAll("tbody tr").Length);

        var doc = await client.GetDocumentAsync("/reference/cpv?q=wheelchair");
        var codes = doc.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("33193120-6", codes);
        Assert.Equal("wheelchair", doc.FieldValue("q"));

        var services = await client.GetDocumentAsync("/reference/cpv?q=services");
        Assert.Equal(25, services.QuerySelectorAll("tbody tr").Length);
        var next = services.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("q=services", next);
        var page2 = await client.GetDocumentAsync(next);
        Assert.Equal(25, page2.QuerySelectorAll("tbody tr").Length);
        Assert.NotEqual(services.QuerySelector("tbody td")!.TextContent, page2.QuerySelector("tbody td")!.TextContent);

        var none = await client.GetDocumentAsync("/reference/cpv?q=zzzyzx");
        Assert.Contains("No CPV codes match", none.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Criterion", "PU-P1")]
    public async Task Api_ReturnsAtMostTwentyMatches()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var body = await client.GetJsonAsync("/api/v1/cpv?q=services&pageSize=500");
        Assert.Equal(20, body.GetProperty("pageSize").GetInt32());
        Assert.Equal(20, body.GetProperty("items").GetArrayLength());
        Assert.True(body.GetProperty("total").GetInt32() > 20);

        var exact = await client.GetJsonAsync("/api/v1/cpv?q=85311100");
        var first = exact.GetProperty("items")[0];
        Assert.Equal("85311100-3", first.GetProperty("code").GetString());
        Assert.Equal("Welfare services for the elderly", first.GetProperty("description").GetString());

        var tooLong = await client.GetAsync("/api/v1/cpv?q=" + new string('a', 101));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Theory]
    [InlineData(Role.Provider)]
    [InlineData(Role.Stakeholder)]
    public async Task Api_IsForStaffOnly(Role role)
    {
        var client = await app.SignedInAs(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/cpv?q=care")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync("/api/v1/cpv?q=care")).StatusCode);
    }
}
