using System.Net;
using System.Text.Json;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

public sealed class PlatformEndpointsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task HealthLive_Anonymous_Is200()
    {
        var response = await app.NewClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthReady_WithDatabase_IsHealthy()
    {
        var response = await app.NewClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApiAndItsTokenScheme()
    {
        var json = JsonDocument.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.StartsWith("3.", json.GetProperty("openapi").GetString());
        Assert.Equal("Care Commissioning API", json.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal(
            "bearer",
            json.GetProperty("components")
                .GetProperty("securitySchemes")
                .GetProperty("ApiToken")
                .GetProperty("scheme")
                .GetString()
        );
    }

    [Fact]
    public async Task ApiReference_HasNoInlineScript_AndIsTheOnlyPageAllowingInlineStyles()
    {
        var response = await app.NewClient().GetAsync("/api/reference");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src 'self' 'unsafe-inline';", csp);
        Assert.Contains("script-src 'self';", csp);
        var elsewhere = await app.NewClient().GetAsync("/help/accessibility");
        var strict = elsewhere.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", strict);
        Assert.Contains("style-src 'self';", strict);
    }

    [Fact]
    public async Task UnknownApiPath_Anonymous_Is401_SignedIn_IsProblemDetails404()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync("/api/v1/no-such-thing")).StatusCode);
        var client = await app.SignedInAs(CareCommissioning.Domain.Organisations.Role.Commissioner);
        var response = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/no-such-file.txt")]
    public async Task UnknownPage_Anonymous_IsTheGovukNotFoundPage(string path)
    {
        var response = await app.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Page not found – Care Commissioning", doc.Title);
    }
}
