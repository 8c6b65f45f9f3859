using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;

namespace CareCommissioning.BrowserTests.Journeys.Platform;

/// <summary>A commissioner sets up an authenticator app from their account page, keeps the recovery codes, and signs in
/// with a code the next time; every page passes axe and the GOV.UK checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TwoFactorJourneyTests(BrowserFixture browser)
{
    private const string Password = "browser-two-factor-2026";

    [Fact]
    public async Task SetUp_FromTheAccountPage_ThenSignInWithARecoveryCode()
    {
        var email = await NewCommissionerAsync();
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await SignInAsync(tab, email);

        await tab.VisitAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        await page.WaitForURLAsync("**/account/two-factor/set-up");
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.True(
            await page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" }).IsVisibleAsync()
        );

        // Someone whose phone cannot scan opens the key; a wrong code first keeps them on the page with an error.
        await page.GetByText("I cannot scan the QR code").ClickAsync();
        var key = (await page.Locator(".cc-authenticator-key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
        await page.GetByLabel("Code from the app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in is on" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var recovery = await page.Locator(".cc-codes code").AllInnerTextsAsync();
        Assert.Equal(10, recovery.Count);

        await using var next = await browser.NewPageAsync();
        await next.VisitAsync("/account/sign-in");
        await next.Page.GetByLabel("Email address").FillAsync(email);
        await next.Page.GetByLabel("Password").FillAsync(Password);
        await next.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await next.Page.WaitForURLAsync("**/account/sign-in/code");
        await PageChecks.AssertGoodPageAsync(next);
        await next.Page.GetByRole(AriaRole.Link, new() { Name = "use a recovery code" }).ClickAsync();
        await next.Page.WaitForURLAsync("**/account/sign-in/recovery-code");
        await PageChecks.AssertGoodPageAsync(next);
        await next.Page.GetByLabel("Enter a recovery code").FillAsync(recovery[0]);
        await next.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await next.Page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        await next.VisitAsync("/account/two-factor");
        Assert.Contains("9", await next.Page.Locator(".govuk-summary-list").InnerTextAsync());

        // The pages that renew the codes and turn it off, and the administrator's turn-off for someone else.
        await next.VisitAsync("/account/two-factor/recovery-codes");
        await next.VisitAsync("/account/two-factor/turn-off");
        await using var admin = await browser.NewPageAsync();
        await admin.SignInAsync(Role.Administrator);
        var id = await UserIdAsync(email);
        await admin.VisitAsync($"/admin/users/{id}");
        Assert.Contains("Two-factor sign-in", await admin.Page.Locator(".govuk-summary-list").InnerTextAsync());
        await admin.VisitAsync($"/admin/users/{id}/two-factor/turn-off");
        // Timed out at the second step: the page says so and offers to sign in again.
        await using var late = await browser.NewPageAsync();
        await late.VisitAsync("/account/sign-in/code");
        Assert.True(await late.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in again" }).IsVisibleAsync());
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task SignInAsync(BrowserPage tab, string email)
    {
        await tab.VisitAsync("/account/sign-in");
        await tab.Page.GetByLabel("Email address").FillAsync(email);
        await tab.Page.GetByLabel("Password").FillAsync(Password);
        var signedIn = tab.Page.WaitForURLAsync(url => !url.Contains("/account/sign-in"), new() { Timeout = 90_000 });
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await signedIn;
    }

    /// <summary>A commissioner of their own, so the demo users other tests sign in as keep signing in with a
    /// password.</summary>
    private async Task<string> NewCommissionerAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var email = $"two-factor-{Guid.NewGuid():N}@demo.test";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Sam Two-Factor",
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        db.Memberships.Add(
            new Membership
            {
                UserId = user.Id,
                OrganisationId = council,
                Role = Role.Commissioner,
            }
        );
        await db.SaveChangesAsync();
        return email;
    }
}
