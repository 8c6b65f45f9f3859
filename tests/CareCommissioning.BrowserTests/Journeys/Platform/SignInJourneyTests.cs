using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Platform;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SignInJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_SignedOut_OffersSignInAndPassesChecks()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.VisitAsync("/");
        Assert.True(await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).IsVisibleAsync());
    }

    [Theory]
    [InlineData(Role.Commissioner, new[] { "Stakeholders", "Risks" }, new[] { "Audit trail", "Administration" })]
    [InlineData(Role.Auditor, new[] { "Stakeholders", "Risks", "Audit trail" }, new[] { "Administration" })]
    [InlineData(Role.Administrator, new[] { "Audit trail", "Administration" }, new string[0])]
    [InlineData(
        Role.Provider,
        new[] { "Contracts" },
        new[] { "Stakeholders", "Risks", "Audit trail", "Administration" }
    )]
    public async Task SignIn_EachRole_SeesTheNavigationItsRoleAllows(Role role, string[] shown, string[] hidden)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.SignInAsync(role);
        var nav = tab.Page.Locator("nav[aria-label=Menu]");
        var items = await nav.Locator("a").AllInnerTextsAsync();
        foreach (var item in shown)
            Assert.Contains(item, items);
        foreach (var item in hidden)
            Assert.DoesNotContain(item, items);
        Assert.Contains(DemoUsers.For(role).DisplayName, await tab.Page.Locator("body").InnerTextAsync());
    }

    [Fact]
    public async Task SignIn_KeyboardAlone_SkipLinkFirstThenTheForm()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.VisitAsync("/account/sign-in");
        var page = tab.Page;
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(
            "Skip to main content",
            await page.EvaluateAsync<string>("document.activeElement.textContent.trim()")
        );
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.EvaluateAsync<string>("document.activeElement.id"));

        // From the main content, Tab reaches the email field, then the password.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Email", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync(DemoUsers.For(Role.Commissioner).Email);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Password", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync(LiveApp.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        Assert.Contains("Commissioner in Northshire County Council", await page.Locator("main").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(tab);
    }

    [Fact]
    public async Task SignIn_WrongPassword_FocusesTheErrorSummaryAndKeepsTheEmail()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.VisitAsync("/account/sign-in");
        await tab.Page.GetByLabel("Email address").FillAsync("commissioner@demo.test");
        await tab.Page.GetByLabel("Password").FillAsync("not-the-password");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await tab.Page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.True(await tab.Page.EvaluateAsync<bool>("document.activeElement.matches('.govuk-error-summary')"));
        Assert.Equal("commissioner@demo.test", await tab.Page.GetByLabel("Email address").InputValueAsync());
        Assert.StartsWith("Error: ", await tab.Page.TitleAsync());
        await PageChecks.AssertGoodPageAsync(tab);

        // The summary's link takes the user to the field.
        await tab.Page.Locator(".govuk-error-summary a").First.ClickAsync();
        Assert.Equal("Input_Email", await tab.Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task SignIn_WithoutJavaScript_StillWorks()
    {
        await using var tab = await browser.NewPageAsync(javaScript: false);
        await tab.Page.GotoAsync("/account/sign-in");
        await tab.Page.GetByLabel("Email address").FillAsync(DemoUsers.For(Role.Auditor).Email);
        await tab.Page.GetByLabel("Password").FillAsync(LiveApp.Password);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await tab.Page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        Assert.Contains("Auditor in Northshire County Council", await tab.Page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task ConfirmPassword_WrongThenRight_ChecksThePageAndCarriesOn()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.SignInAsync(Role.Commissioner);
        await tab.VisitAsync("/account/confirm-password?returnUrl=%2Faccount%2Ftokens%2Fcreate");
        await tab.Page.GetByLabel("Password").FillAsync("not-the-password");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await tab.Page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.StartsWith("Error: ", await tab.Page.TitleAsync());
        await PageChecks.AssertGoodPageAsync(tab);

        await tab.Page.GetByLabel("Password").FillAsync(LiveApp.Password);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/account/tokens/create");
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.SignInAsync(Role.Purchaser);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/account/sign-out");
        await PageChecks.AssertGoodPageAsync(tab);
        await tab.Page.GotoAsync("/");
        Assert.True(await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).IsVisibleAsync());
    }
}
