using System.Net;
using System.Net.Http.Headers;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>How far an API token and the session cookie reach: tokens drive the API and nothing else, the cookie reads
/// the API but changes nothing through it, and a token ends with the password that minted it.</summary>
public sealed class TokenReachTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Token_OnTheTokenPage_IsIgnored_SoItCannotMintAnother()
    {
        var secret = await TokenOfNewAccountAsync(Role.Commissioner);

        var page = await WithToken(secret).GetAsync("/account/tokens/create");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AdministratorsToken_OnTheAdminPages_IsIgnored()
    {
        var secret = await TokenOfNewAccountAsync(Role.Administrator);

        var page = await WithToken(secret).GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CookieAlone_CannotChangeAnythingThroughTheApi()
    {
        var browser = await app.SignedInAs(Role.Commissioner);
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = await db.Stakeholders.Where(s => !s.Archived).Select(s => s.Id).FirstAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/stakeholders/{id}/archive");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var check = app.Scope(out var after);
        Assert.False(await after.Stakeholders.Where(s => s.Id == id).Select(s => s.Archived).SingleAsync());
    }

    [Fact]
    public async Task CookieAlone_StillReadsTheApi_AsTheCodeAutocompleteDoes()
    {
        var browser = await app.SignedInAs(Role.Commissioner);

        var response = await browser.GetAsync("/api/v1/cpv?q=care&pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PasswordChanged_EndsEveryTokenOfTheAccount()
    {
        var account = await TestAccounts.CreateAsync(app);
        var browser = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        var secret = await ApiTokenTests.CreateTokenAsync(browser, "Nightly export");
        Assert.Equal(HttpStatusCode.OK, (await WithToken(secret).GetAsync("/api/v1/me")).StatusCode);

        var changed = await browser.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = "a-brand-new-password-2026",
                ["Input.ConfirmPassword"] = "a-brand-new-password-2026",
            }
        );

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task AdministratorResetsThePassword_EndsEveryTokenOfTheAccount()
    {
        var account = await TestAccounts.CreateAsync(app);
        var browser = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        var secret = await ApiTokenTests.CreateTokenAsync(browser, "Dashboard feed");
        var admin = await app.SignedInAs(Role.Administrator);

        var reset = await admin.PostFormAsync(
            $"/admin/users/{account.Id}/reset-password",
            new() { ["Password"] = "temporary-password-2026" }
        );

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    private async Task<string> TokenOfNewAccountAsync(Role role)
    {
        var account = await TestAccounts.CreateAsync(app, role);
        var browser = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        return await ApiTokenTests.CreateTokenAsync(browser, "Reach test");
    }

    private HttpClient WithToken(string secret)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
