using System.Net;
using System.Net.Http.Json;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>How requests reach the app when it has a public HTTPS address, as a council deploys it.</summary>
public sealed class TransportTests : IDisposable
{
    private const string Public = "https://care.example.gov.uk";
    private readonly AppFactory _app = new AppFactory().WithSetting("PublicAddress", Public);

    private HttpClient Client(string baseAddress) =>
        _app.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
                BaseAddress = new Uri(baseAddress),
            }
        );

    [Fact]
    public async Task AnotherHostName_IsRefused_SoItCannotReachLinksOrRedirects()
    {
        var response = await Client("https://evil.example").GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PageOverPlainHttp_IsRedirectedToThePublicAddress()
    {
        var response = await Client("http://care.example.gov.uk").GetAsync("/account/sign-in?returnUrl=%2Frisks");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(Public + "/account/sign-in?returnUrl=%2Frisks", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ApiOverPlainHttp_IsRefusedWithAProblem_NotRedirected()
    {
        var response = await Client("http://care.example.gov.uk").GetAsync("/api/v1/risks");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("Use HTTPS", problem!["title"].ToString());
    }

    [Fact]
    public async Task HealthOverPlainHttp_StillAnswers_ForTheLoadBalancer()
    {
        var response = await Client("http://care.example.gov.uk").GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignInOverHttps_SetsASecureHostPrefixedSessionCookie()
    {
        var client = Client(Public);
        var response = await TestAccounts.TrySignInAsync(
            client,
            DemoUsers.For(Role.Commissioner).Email,
            AppFactory.Password
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("cc-session="));
        Assert.StartsWith("__Host-cc-session=", session);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Trace_IsNotAllowed()
    {
        var response = await Client(Public).SendAsync(new HttpRequestMessage(HttpMethod.Trace, "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
