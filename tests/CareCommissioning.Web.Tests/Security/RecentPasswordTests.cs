using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Account;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Sensitive changes ask for the password again when it was given more than 15 minutes ago.</summary>
public sealed class RecentPasswordTests : IDisposable
{
    // The clock moves on in each test, so each has an app of its own.
    private readonly AppFactory _app = new();

    /// <summary>Signed in 20 minutes ago, the session kept alive by a request in between.</summary>
    private async Task<(HttpClient Client, TestAccounts.Account Account)> SignedInAWhileAgoAsync(Role role)
    {
        var account = await TestAccounts.CreateAsync(_app, role);
        var client = await TestAccounts.SignInAsync(_app, account.Email, account.Password);
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        return (client, account);
    }

    [Fact]
    public async Task CreatingATokenLongAfterSigningIn_AsksForThePasswordFirst_ThenCarriesOn()
    {
        var (client, account) = await SignedInAWhileAgoAsync(Role.Commissioner);

        var asked = await client.GetAsync("/account/tokens/create");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(
            "/account/confirm-password?returnUrl=%2Faccount%2Ftokens%2Fcreate",
            asked.Headers.Location!.OriginalString
        );

        var wrong = await client.PostFormAsync(
            "/account/confirm-password?returnUrl=%2Faccount%2Ftokens%2Fcreate",
            new() { ["Password"] = "not-my-password-at-all" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal([ConfirmPasswordModel.Wrong], (await HtmlClient.ParseAsync(wrong)).ErrorSummary());

        var right = await client.PostFormAsync(
            "/account/confirm-password?returnUrl=%2Faccount%2Ftokens%2Fcreate",
            new() { ["Password"] = account.Password }
        );
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/account/tokens/create", right.Headers.Location!.OriginalString);
        Assert.False(string.IsNullOrEmpty(await ApiTokenTests.CreateTokenAsync(client, "After confirming")));
    }

    [Fact]
    public async Task GivingARoleLongAfterSigningIn_IsNotDone_UntilThePasswordIsGiven()
    {
        var (admin, _) = await SignedInAWhileAgoAsync(Role.Administrator);
        var someone = await TestAccounts.CreateAsync(_app);
        var council = await TestAccounts.OrganisationIdAsync(_app, DemoUsers.Council);

        // The form was opened earlier; its token is the session's, taken here from another form.
        var response = await admin.PostFormAsync(
            "/account/confirm-password",
            new() { ["Organisation"] = council.ToString(), ["Role"] = nameof(Role.Auditor) },
            action: $"/admin/users/{someone.Id}/roles/add"
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/confirm-password", response.Headers.Location!.OriginalString);
        await using var scope = _app.Scope(out var db);
        Assert.False(await db.Memberships.AnyAsync(m => m.UserId == someone.Id && m.Role == Role.Auditor));
    }

    [Fact]
    public async Task CreatingATokenJustAfterSigningIn_NeedsNoSecondPassword()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var client = await TestAccounts.SignInAsync(_app, account.Email, account.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/tokens/create")).StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
