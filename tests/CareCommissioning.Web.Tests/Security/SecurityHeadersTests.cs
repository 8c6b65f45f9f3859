using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareCommissioning.Web.Tests.Security;

public sealed class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Urls =>
        new()
        {
            "/account/sign-in", // a page
            "/js/app.js", // a static file
            "/api/v1/me", // an API response (401 problem details when anonymous)
            "/health/ready", // a minimal endpoint
        };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Response_AnyKind_CarriesTheSecurityHeaders(string url)
    {
        var response = await Https().GetAsync(url);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Response_OverHttpsOutsideDevelopment_CarriesHsts(string url)
    {
        // The test host runs as "Testing", so HSTS is on; it is only ever sent over HTTPS, to a host that is not
        // localhost.
        var response = await Https().GetAsync(url);
        var hsts = Header(response, "Strict-Transport-Security");
        Assert.Contains("max-age=31536000", hsts);
        Assert.Contains("includeSubDomains", hsts);
    }

    [Fact]
    public async Task ApiResponse_SignedIn_CarriesTheSecurityHeaders()
    {
        var client = await app.SignedInAs(Role.Auditor);
        var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
    }

    private HttpClient Https() =>
        app.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                BaseAddress = new Uri("https://care-commissioning.example"),
                AllowAutoRedirect = false,
            }
        );

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");
}
