using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareCommissioning.Domain.Accounts;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Personal API tokens made through the account pages, used against <c>GET /api/v1/me</c>.</summary>
public sealed class ApiTokenTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Me_WithNewToken_ReturnsTheOwnerAndTheirRoles()
    {
        var account = await TestAccounts.CreateAsync(app, Role.FinanceOfficer);
        var browser = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        var secret = await CreateTokenAsync(browser, "Budget spreadsheet");

        var response = await Api(secret).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(account.Id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal(account.Email, json.RootElement.GetProperty("email").GetString());
        var membership = Assert.Single(json.RootElement.GetProperty("memberships").EnumerateArray());
        Assert.Equal(DemoUsers.Council, membership.GetProperty("organisationName").GetString());
        Assert.Equal("FinanceOfficer", membership.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Me_WithRevokedToken_Gives401AtOnce()
    {
        var account = await TestAccounts.CreateAsync(app);
        var browser = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        var secret = await CreateTokenAsync(browser, "To be revoked");
        // Now cached on this node.
        Assert.Equal(HttpStatusCode.OK, (await Api(secret).GetAsync("/api/v1/me")).StatusCode);

        var list = await browser.GetDocumentAsync("/account/tokens");
        var revokeLink = list.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Revoke")).GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(revokeLink, [])).StatusCode);

        var after = await Api(secret).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "Revoked",
            (await browser.GetDocumentAsync("/account/tokens")).QuerySelector("tbody")!.TextContent
        );
    }

    [Fact]
    public async Task Me_WithExpiredToken_Gives401()
    {
        var account = await TestAccounts.CreateAsync(app);
        var secret = ApiTokenSecrets.NewSecret();
        await using (var scope = app.Scope(out var db))
        {
            db.ApiTokens.Add(
                new ApiToken
                {
                    UserId = account.Id,
                    Name = "Old",
                    Prefix = ApiTokenSecrets.PrefixOf(secret),
                    SecretHash = ApiTokenSecrets.Hash(secret),
                    CreatedAt = app.Clock.GetUtcNow().AddDays(-31),
                    ExpiresAt = app.Clock.GetUtcNow().AddMinutes(-1),
                }
            );
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [InlineData("cc_not-a-real-token-but-long-enough-to-look-like-one")]
    [InlineData("not-even-our-format")]
    [InlineData("")]
    public async Task Me_WithUnknownOrMalformedToken_Gives401(string secret)
    {
        var response = await Api(secret).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_TokenOfADisabledUser_Gives401AtOnce()
    {
        var account = await TestAccounts.CreateAsync(app);
        var browser = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        var secret = await CreateTokenAsync(browser, "Owner gets disabled");
        Assert.Equal(HttpStatusCode.OK, (await Api(secret).GetAsync("/api/v1/me")).StatusCode);

        var admin = await app.SignedInAs(Role.Administrator);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"/admin/users/{account.Id}/disable", [])).StatusCode
        );

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Me_Anonymous_Gives401ProblemDetails()
    {
        var response = await app.NewClient().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Creates a token through the form and reads its secret from the confirmation page.</summary>
    internal static async Task<string> CreateTokenAsync(HttpClient browser, string name)
    {
        var created = await browser.PostFormAsync(
            "/account/tokens/create",
            new() { ["Input.Name"] = name, ["Input.ExpiresInDays"] = "30" }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/account/tokens/created", created.Headers.Location!.ToString());
        var page = await browser.GetDocumentAsync("/account/tokens/created");
        return page.QuerySelector("#api-token")!.TextContent.Trim();
    }

    private HttpClient Api(string secret)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            secret.Length == 0 ? " " : secret
        );
        return client;
    }
}
