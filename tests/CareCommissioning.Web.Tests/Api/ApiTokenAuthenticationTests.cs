using System.Net;
using System.Net.Http.Headers;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

public sealed class ApiTokenAuthenticationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<string> IssueAsync(string email, TimeSpan life) => app.IssueTokenAsync(email, life);

    [Fact]
    public async Task BearerToken_ReadsTheApiAsItsUser()
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await IssueAsync("commissioner@demo.test", TimeSpan.FromHours(1))
        );
        var response = await client.GetAsync("/api/v1/stakeholders?pageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredOrUnknownToken_Is401()
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await IssueAsync("commissioner@demo.test", TimeSpan.FromHours(-1))
        );
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/stakeholders")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            ApiTokenSecrets.NewSecret()
        );
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/stakeholders")).StatusCode);
    }
}
