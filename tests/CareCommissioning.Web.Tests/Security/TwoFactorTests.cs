using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Account;
using CareCommissioning.Web.Pages.Account.TwoFactor;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Two-factor sign-in with an authenticator app and recovery codes, available to everyone and required for
/// administrators.</summary>
public sealed class TwoFactorTests : IDisposable
{
    // The clock moves on and the requirement is on, so each test has an app of its own.
    private readonly AppFactory _app = new AppFactory().WithSetting("TwoFactor:RequiredForAdministrators", "true");

    [Fact]
    public async Task SettingUp_WithTheAppsCode_TurnsItOn_AndTheNextSignInAsksForACode()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var client = await TestAccounts.SignInAsync(_app, account.Email, account.Password);

        var setUp = await client.GetDocumentAsync("/account/two-factor/set-up");
        Assert.NotNull(setUp.QuerySelector(".cc-qr-code svg[role=img][aria-label]"));
        var app = new AuthenticatorApp(setUp.QuerySelector(".cc-authenticator-key")!.TextContent.Trim(), _app.Clock);

        var wrong = await client.PostFormAsync("/account/two-factor/set-up", new() { ["Code"] = "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal([SetUpModel.WrongCode], (await HtmlClient.ParseAsync(wrong)).ErrorSummary());
        Assert.False(await TwoFactorOnAsync(account.Id));

        var right = await client.PostFormAsync("/account/two-factor/set-up", new() { ["Code"] = app.Code() });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var codes = (await HtmlClient.ParseAsync(right)).QuerySelectorAll(".cc-codes code").ToList();
        Assert.Equal(SetUpModel.RecoveryCodeCount, codes.Count);
        Assert.True(await TwoFactorOnAsync(account.Id));
        Assert.Contains("On", (await client.GetDocumentAsync("/account")).QuerySelector("main")!.TextContent);

        // Next time: the password alone does not sign in.
        var next = _app.NewClient();
        var password = await TestAccounts.TrySignInAsync(next, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/sign-in/code", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/account")).StatusCode);

        // The code just used to set it up is refused (each code works once); the next one signs in.
        var reused = await next.PostFormAsync("/account/sign-in/code", new() { ["Code"] = app.Code() });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal([SignInCodeModel.WrongCode], (await HtmlClient.ParseAsync(reused)).ErrorSummary());
        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        var signedIn = await next.PostFormAsync("/account/sign-in/code", new() { ["Code"] = app.Code() });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task TheSecretsAreNotStoredAsGiven_KeyEncrypted_RecoveryCodesHashed()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var client = await TestAccounts.SignInAsync(_app, account.Email, account.Password);
        var (app, recovery) = await AuthenticatorApp.SetUpAsync(client, _app.Clock);

        await using var scope = _app.Scope(out var db);
        var stored = await db.UserTokens.Where(t => t.UserId == account.Id).ToListAsync();
        var key = Assert.Single(stored, t => t.Name == "AuthenticatorKey").Value!;
        var codes = Assert.Single(stored, t => t.Name == "RecoveryCodes").Value!;
        Assert.DoesNotContain(
            app.Key.Replace(" ", "", StringComparison.Ordinal),
            key,
            StringComparison.OrdinalIgnoreCase
        );
        Assert.All(recovery, c => Assert.DoesNotContain(c, codes, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(SetUpModel.RecoveryCodeCount, codes.Split(';').Length);
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce_AndIsThenUsedUp()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var (_, recovery) = await AuthenticatorApp.SetUpAsync(
            await TestAccounts.SignInAsync(_app, account.Email, account.Password),
            _app.Clock
        );

        var first = _app.NewClient();
        await TestAccounts.TrySignInAsync(first, account.Email, account.Password);
        var used = await first.PostFormAsync(
            "/account/sign-in/recovery-code",
            new() { ["Code"] = recovery[3].ToLowerInvariant() }
        );
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/account")).StatusCode);
        Assert.Contains(
            $"{SetUpModel.RecoveryCodeCount - 1}",
            (await first.GetDocumentAsync("/account/two-factor")).QuerySelector(".govuk-summary-list")!.TextContent
        );

        var second = _app.NewClient();
        await TestAccounts.TrySignInAsync(second, account.Email, account.Password);
        var again = await second.PostFormAsync("/account/sign-in/recovery-code", new() { ["Code"] = recovery[3] });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal([SignInRecoveryCodeModel.WrongCode], (await HtmlClient.ParseAsync(again)).ErrorSummary());
    }

    [Fact]
    public async Task WrongCodes_LockTheAccountLikeWrongPasswords_AndSayNothingMore()
    {
        var account = await TestAccounts.CreateAsync(_app);
        await AuthenticatorApp.SetUpAsync(
            await TestAccounts.SignInAsync(_app, account.Email, account.Password),
            _app.Clock
        );
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var client = _app.NewClient();
        await TestAccounts.TrySignInAsync(client, account.Email, account.Password);

        for (var i = 0; i < 4; i++)
            Assert.Equal(
                HttpStatusCode.BadRequest,
                (await client.PostFormAsync("/account/sign-in/code", new() { ["Code"] = "123456" })).StatusCode
            );
        var locked = await client.PostFormAsync("/account/sign-in/code", new() { ["Code"] = "654321" });

        Assert.Equal([SignInModel.Failed], (await HtmlClient.ParseAsync(locked)).ErrorSummary());
        // Locked: the right password is refused now, in the same words as any failure.
        var later = _app.NewClient();
        var password = await TestAccounts.TrySignInAsync(later, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal([SignInModel.Failed], (await HtmlClient.ParseAsync(password)).ErrorSummary());
    }

    [Fact]
    public async Task TheCodePage_WithoutAPasswordFirst_SendsThePersonBackToSignIn()
    {
        var client = _app.NewClient();

        var page = await client.GetDocumentAsync("/account/sign-in/code");
        var posted = await client.PostFormAsync(
            "/account/sign-in",
            new() { ["Code"] = "123456" },
            action: "/account/sign-in/code"
        );

        Assert.Contains(SecondStepPageModel.Expired, page.QuerySelector(".cc-timed-out")!.TextContent);
        Assert.Equal("/account/sign-in", page.QuerySelector("main a.govuk-button")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("input[name=Code]"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.NotNull((await HtmlClient.ParseAsync(posted)).QuerySelector(".cc-timed-out"));
    }

    [Fact]
    public async Task AnAdministratorWithoutIt_IsSentToSetItUp_BeforeAnyOtherPage()
    {
        var admin = await TestAccounts.CreateAsync(_app, Role.Administrator);
        var client = await TestAccounts.SignInAsync(_app, admin.Email, admin.Password);

        foreach (var page in new[] { "/", "/admin/users", "/account/tokens/create", "/audit" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/two-factor/set-up", response.Headers.Location!.OriginalString);
        }
        var setUp = await client.GetDocumentAsync("/account/two-factor/set-up");
        Assert.Contains("As an administrator", setUp.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/help/accessibility")).StatusCode);

        await AuthenticatorApp.SetUpAsync(client, _app.Clock);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdministrator_MayUseItOrNot()
    {
        var account = await TestAccounts.CreateAsync(_app, Role.Commissioner);
        var client = await TestAccounts.SignInAsync(_app, account.Email, account.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/stakeholders")).StatusCode);
        Assert.Contains(
            "Off",
            (await client.GetDocumentAsync("/account/two-factor")).QuerySelector("main")!.TextContent
        );
    }

    [Fact]
    public async Task TurningItOff_ForgetsTheApp_AndTheNextSignInNeedsThePasswordAlone()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var client = await TestAccounts.SignInAsync(_app, account.Email, account.Password);
        await AuthenticatorApp.SetUpAsync(client, _app.Clock);

        var off = await client.PostFormAsync("/account/two-factor/turn-off", []);

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await TwoFactorOnAsync(account.Id));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        var next = _app.NewClient();
        var signIn = await TestAccounts.TrySignInAsync(next, account.Email, account.Password);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task NewRecoveryCodes_ReplaceTheOldOnes()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var client = await TestAccounts.SignInAsync(_app, account.Email, account.Password);
        var (_, old) = await AuthenticatorApp.SetUpAsync(client, _app.Clock);

        var renewed = await client.PostFormAsync("/account/two-factor/recovery-codes", []);
        var codes = (await HtmlClient.ParseAsync(renewed))
            .QuerySelectorAll(".cc-codes code")
            .Select(c => c.TextContent.Trim())
            .ToList();

        Assert.Equal(SetUpModel.RecoveryCodeCount, codes.Count);
        var next = _app.NewClient();
        await TestAccounts.TrySignInAsync(next, account.Email, account.Password);
        var oldCode = await next.PostFormAsync("/account/sign-in/recovery-code", new() { ["Code"] = old[0] });
        Assert.Equal(HttpStatusCode.BadRequest, oldCode.StatusCode);
        var newCode = await next.PostFormAsync("/account/sign-in/recovery-code", new() { ["Code"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, newCode.StatusCode);
    }

    [Fact]
    public async Task AnAdministrator_TurnsItOffForSomeoneWhoLostTheirPhone_WhoseSessionsEnd()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var theirs = await TestAccounts.SignInAsync(_app, account.Email, account.Password);
        await AuthenticatorApp.SetUpAsync(theirs, _app.Clock);
        var admin = await TestAccounts.CreateAsync(_app, Role.Administrator);
        var adminClient = await TestAccounts.SignInAsync(_app, admin.Email, admin.Password);
        await AuthenticatorApp.SetUpAsync(adminClient, _app.Clock);
        var otherAdmin = await TestAccounts.CreateAsync(_app, Role.Administrator, DemoUsers.Icb);
        var otherClient = await TestAccounts.SignInAsync(_app, otherAdmin.Email, otherAdmin.Password);
        await AuthenticatorApp.SetUpAsync(otherClient, _app.Clock);
        var page = $"/admin/users/{account.Id}/two-factor/turn-off";

        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync(page)).StatusCode);
        var done = await adminClient.PostFormAsync(page, []);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await TwoFactorOnAsync(account.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.GetAsync("/account")).StatusCode);
        var signIn = await TestAccounts.TrySignInAsync(_app.NewClient(), account.Email, account.Password);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    private async Task<bool> TwoFactorOnAsync(string userId)
    {
        await using var scope = _app.Scope(out var db);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync();
    }

    public void Dispose() => _app.Dispose();
}
