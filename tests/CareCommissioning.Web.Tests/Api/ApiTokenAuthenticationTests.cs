using System.Net;
using System.Net.Http.Headers;
using CareCommissioning.Domain.Accounts;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Api;

public sealed class ApiTokenAuthenticationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string> IssueAsync(string email, TimeSpan life)
    {
        await using var scope = app.Scope(out var db);
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var secret = ApiTokenSecrets.NewSecret();
        db.ApiTokens.Add(
            new ApiToken
            {
                UserId = user.Id,
                Name = "test",
                Prefix = ApiTokenSecrets.PrefixOf(secret),
                SecretHash = ApiTokenSecrets.Hash(secret),
                CreatedAt = app.Clock.GetUtcNow(),
                ExpiresAt = app.Clock.GetUtcNow().Add(life),
            }
        );
        await db.SaveChangesAsync();
        return secret;
    }

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
