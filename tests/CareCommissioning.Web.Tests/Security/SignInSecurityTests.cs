using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Pages.Account;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Security;

public sealed class SignInSecurityTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountWithTheSameMessage()
    {
        var account = await TestAccounts.CreateAsync(app);
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await TestAccounts.TrySignInAsync(client, account.Email, "not-the-password-" + i);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal([SignInModel.Failed], (await HtmlClient.ParseAsync(wrong)).ErrorSummary());
        }

        // Now even the right password is refused, in the same words, so a guesser learns nothing.
        var right = await TestAccounts.TrySignInAsync(client, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Equal([SignInModel.Failed], (await HtmlClient.ParseAsync(right)).ErrorSummary());
        await using var scope = app.Scope(out var db);
        Assert.True(
            (await db.Users.SingleAsync(u => u.Id == account.Id)).LockoutEnd > app.Clock.GetUtcNow().AddMinutes(14)
        );
    }

    [Fact]
    public async Task SignIn_Lockout_EndsFifteenMinutesLaterByTheAppClock()
    {
        var account = await TestAccounts.CreateAsync(app);
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
            await TestAccounts.TrySignInAsync(client, account.Email, "not-the-password-" + i);

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password)).StatusCode
        );
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password)).StatusCode
        );
    }

    [Fact]
    public async Task SignIn_DisabledAccountWithRightPassword_IsRefusedLikeAWrongPassword()
    {
        var account = await TestAccounts.CreateAsync(app);
        await using (var scope = app.Scope(out var db))
        {
            (await db.Users.SingleAsync(u => u.Id == account.Id)).Disabled = true;
            await db.SaveChangesAsync();
        }
        var response = await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([SignInModel.Failed], (await HtmlClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task ChangePassword_TwoSessions_EndsTheOtherSessionAndKeepsThisOne()
    {
        var account = await TestAccounts.CreateAsync(app);
        var here = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        var elsewhere = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/account")).StatusCode);

        var change = await here.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = "a-brand-new-password-2026",
                ["Input.ConfirmPassword"] = "a-brand-new-password-2026",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        var other = await elsewhere.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/account/sign-in", other.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/account")).StatusCode);

        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, "a-brand-new-password-2026")).StatusCode
        );
    }

    [Fact]
    public async Task Disable_UserSignedIn_EndsTheirSessionAtOnce()
    {
        var account = await TestAccounts.CreateAsync(app, Role.Commissioner);
        var victim = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/account")).StatusCode);

        var admin = await app.SignedInAs(Role.Administrator);
        var disable = await admin.PostFormAsync($"/admin/users/{account.Id}/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        var after = await victim.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.ToString());
    }
}
