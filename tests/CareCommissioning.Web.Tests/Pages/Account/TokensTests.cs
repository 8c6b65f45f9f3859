using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Account;

public sealed class TokensTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Create_Valid_StoresOnlyTheHashAndShowsTheSecretOnce()
    {
        var account = await new UserBuilder(app).SaveAsync();
        var client = await app.SignedInAs(account);
        var response = await client.PostFormAsync(
            "/account/tokens/create",
            new() { ["Input.Name"] = "Reporting script", ["Input.ExpiresInDays"] = "90" }
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetDocumentAsync("/account/tokens/created");
        Assert.Equal("API token created", page.QuerySelector("h1.govuk-panel__title")!.TextContent.Trim());
        Assert.Contains("You will not be able to see it again", page.QuerySelector(".govuk-warning-text")!.TextContent);
        var secret = page.QuerySelector("#api-token")!.TextContent.Trim();
        Assert.StartsWith("cc_", secret);

        var reload = await client.GetAsync("/account/tokens/created");
        Assert.Equal(HttpStatusCode.Redirect, reload.StatusCode);
        Assert.Equal("/account/tokens", reload.Headers.Location!.ToString());

        await using (var scope = app.Scope(out var db))
        {
            var token = await db.ApiTokens.SingleAsync(t => t.UserId == account.Id);
            Assert.Equal(ApiTokenSecrets.Hash(secret), token.SecretHash);
            Assert.Equal(ApiTokenSecrets.PrefixOf(secret), token.Prefix);
            Assert.InRange((token.ExpiresAt - token.CreatedAt).TotalDays, 89.99, 90.01);
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Changes.Contains(secret)));
        }

        var list = await client.GetDocumentAsync("/account/tokens");
        var row = list.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Reporting script", row);
        Assert.Contains(ApiTokenSecrets.PrefixOf(secret), row);
        Assert.Contains("Active", row);
        Assert.DoesNotContain(secret, await client.GetStringAsync("/account/tokens"));
    }

    [Fact]
    public async Task Create_MissingOverlongOrUnknownExpiry_Gives400WithMessages()
    {
        var account = await new UserBuilder(app).SaveAsync();
        var client = await app.SignedInAs(account);
        var empty = await client.PostFormAsync("/account/tokens/create", new() { ["Input.Name"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var doc = await HtmlClient.ParseAsync(empty);
        Assert.Equal("Error: Create an API token – Care Commissioning", doc.Title);
        Assert.Equal(["Enter a name for the token", "Select when the token expires"], doc.ErrorSummary());

        var name = new string('t', 101);
        var bad = await client.PostFormAsync(
            "/account/tokens/create",
            new() { ["Input.Name"] = name, ["Input.ExpiresInDays"] = "36500" }
        );
        var badDoc = await HtmlClient.ParseAsync(bad);
        Assert.Equal(
            ["Name must be 100 characters or fewer", "Select when the token expires from the list"],
            badDoc.ErrorSummary()
        );
        Assert.Equal(name, badDoc.FieldValue("Input.Name"));

        await using var scope = app.Scope(out var db);
        Assert.False(await db.ApiTokens.AnyAsync(t => t.UserId == account.Id));
    }

    [Fact]
    public async Task Revoke_SomeoneElsesToken_IsNotFound()
    {
        var owner = await new UserBuilder(app).SaveAsync();
        var ownerClient = await app.SignedInAs(owner);
        await Security.ApiTokenTests.CreateTokenAsync(ownerClient, "Mine");
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = await db.ApiTokens.Where(t => t.UserId == owner.Id).Select(t => t.Id).SingleAsync();

        var other = await app.SignedInAs(Role.Commissioner);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/account/tokens/{id}/revoke")).StatusCode);
        var confirm = await ownerClient.GetDocumentAsync($"/account/tokens/{id}/revoke");
        Assert.Equal("Revoke Mine", confirm.QuerySelector("h1")!.TextContent.Trim());
    }
}
