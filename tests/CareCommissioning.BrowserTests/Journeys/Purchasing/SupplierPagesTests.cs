using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Purchasing;

/// <summary>A procurement specialist keeps the supplier register: search, add (with a mistake first, using the CPV
/// autocomplete), approve, credential, suspend.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SupplierPagesTests(BrowserFixture browser)
{
    private const string NewSupplier = "Coastline Mobility Aids Ltd";

    [Fact]
    [Trait("Criterion", "PU-P5")]
    public async Task Specialist_SearchesAddsApprovesCredentialsAndSuspends()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.ProcurementSpecialist);

        // Search the register.
        await page.GetByRole(AriaRole.Link, new() { Name = "Suppliers", Exact = true }).First.ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Search by name, company or charity number, or postcode").FillAsync("mobility");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("Search=mobility"));
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal(["Northshire Mobility Ltd"], await page.Locator("tbody tr td:first-child a").AllInnerTextsAsync());

        // Add a supplier: the first CPV code chosen from the autocomplete, the second one wrong.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a supplier" }).ClickAsync();
        await page.Locator("#Input_Categories_0_.autocomplete__input").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Supplier name").FillAsync(NewSupplier);
        await page.GetByLabel("Small: fewer than 50 staff").CheckAsync();
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Address line 1").FillAsync("4 Harbour Road");
        await page.GetByLabel("Postcode").FillAsync("NB9 1QP");
        var firstCode = page.Locator("#Input_Categories_0_");
        await firstCode.PressSequentiallyAsync("wheelch", new() { Delay = 30 });
        var option = page.Locator("#Input_Categories_0___listbox li", new() { HasText = "33193120-6 Wheelchairs" });
        await option.WaitForAsync();
        await option.ClickAsync();
        Assert.Equal("33193120-6", await firstCode.InputValueAsync());
        await page.Locator("#Input_Categories_1_").FillAsync("12345678-9");
        // Close the suggestions (none match) so the button does not move under the click.
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#Input_Categories_1___listbox").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save supplier" }).ClickAsync();

        await page.Locator(".govuk-error-summary").WaitForAsync();
        await page.Locator("#Input_Categories_1_.autocomplete__input").WaitForAsync();
        Assert.Equal(
            ["12345678-9 is not a CPV code: search for the goods or service by name"],
            await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync()
        );
        Assert.Equal("33193120-6", await firstCode.InputValueAsync());
        Assert.Equal(NewSupplier, await page.GetByLabel("Supplier name").InputValueAsync());
        // The enhanced field keeps its hint and error message linked.
        Assert.Contains(
            "Input_Categories_1_-error",
            await page.Locator("#Input_Categories_1_").GetAttributeAsync("aria-describedby") ?? ""
        );
        await PageChecks.AssertGoodPageAsync(tab);
        await page.Locator(".govuk-error-summary__list a").First.ClickAsync();
        Assert.Equal("Input_Categories_1_", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Locator("#Input_Categories_1_").FillAsync("33196200-2");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#Input_Categories_1___listbox").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save supplier" }).ClickAsync();

        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Equal(NewSupplier, (await page.Locator("h1").InnerTextAsync()).Trim());
        var supplies = await page.Locator("main").InnerTextAsync();
        Assert.Contains("33193120-6 Wheelchairs", supplies);
        Assert.Contains("33196200-2 Devices for the disabled", supplies);
        Assert.Contains("must ask a procurement specialist", await page.Locator(".govuk-inset-text").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(tab);

        // Approve it as a preferred supplier for wheelchairs, for a year.
        await page.GetByRole(
                AriaRole.Link,
                new() { Name = $"Approve {NewSupplier} as a preferred supplier for a category" }
            )
            .ClickAsync();
        await page.Locator("#Input_CpvCode.autocomplete__input").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.Locator("#Input_CpvCode").FillAsync("33193120-6");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#Input_CpvCode__listbox").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        var nextYear = DateTime.UtcNow.Year + 1;
        await page.Locator("#Input_ExpiresOn-day").FillAsync("31");
        await page.Locator("#Input_ExpiresOn-month").FillAsync("3");
        await page.Locator("#Input_ExpiresOn-year").FillAsync(nextYear.ToString());
        await page.GetByLabel("Notes (optional)").FillAsync("Wheelchair framework, lot 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve supplier" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        var approvals = await page.Locator("[aria-labelledby=approvals] tbody").InnerTextAsync();
        Assert.Contains("33193120-6 Wheelchairs", approvals);
        Assert.Contains("Current", approvals);
        Assert.Contains("Sian Roberts", approvals);
        Assert.Contains($"31 March {nextYear}", approvals);
        await PageChecks.AssertGoodPageAsync(tab);

        // Record its ISO 9001 certificate.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Record a quality credential for {NewSupplier}" })
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("ISO 9001 (quality management)").CheckAsync();
        await page.GetByLabel("Reference").FillAsync("ISO-77120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save credential" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            ["Enter the date the certificate expires"],
            await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync()
        );
        await PageChecks.AssertGoodPageAsync(tab);
        await page.Locator("#Input_ExpiresOn-day").FillAsync("30");
        await page.Locator("#Input_ExpiresOn-month").FillAsync("6");
        await page.Locator("#Input_ExpiresOn-year").FillAsync((nextYear + 1).ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save credential" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Contains("ISO-77120", await page.Locator("[aria-labelledby=credentials] tbody").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".govuk-inset-text").CountAsync());
        await PageChecks.AssertGoodPageAsync(tab);

        // Suspend another supplier: a reason is required.
        await page.GotoAsync("/suppliers?Search=albion");
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Link, new() { Name = "Albion Medical Supplies plc" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the status of Albion Medical Supplies plc" })
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Suspended: no quotes while a concern is looked into").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save status" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            ["Give the reason the supplier is suspended or ceased"],
            await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync()
        );
        Assert.True(await page.GetByLabel("Suspended: no quotes while a concern is looked into").IsCheckedAsync());
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Reason").FillAsync("ISO 9001 lapsed and complaints about late deliveries");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save status" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Contains("ISO 9001 lapsed", await page.Locator(".govuk-warning-text").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(tab);

        await page.GetByRole(
                AriaRole.Link,
                new() { Name = "See the history of changes to Albion Medical Supplies plc" }
            )
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("Suspended", await page.Locator("main").InnerTextAsync());
    }

    /// <remarks>
    /// With JavaScript off, axe cannot run in the page (it hangs), so this test checks the page content only; the same
    /// pages pass every check with JavaScript on in the journey above.
    /// </remarks>
    [Fact]
    public async Task WithoutJavaScript_TheCpvFieldIsATextInputAndTheSearchPageFindsCodes()
    {
        await using var tab = await browser.NewPageAsync(javaScript: false);
        var page = tab.Page;
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address")
            .FillAsync(Web.Infrastructure.Seeding.DemoUsers.For(Role.ProcurementSpecialist).Email);
        await page.GetByLabel("Password").FillAsync(LiveApp.Password);
        var signedIn = page.WaitForURLAsync(url => !url.Contains("/account/sign-in"), new() { Timeout = 90_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await signedIn;

        await page.GotoAsync("/suppliers/add");
        Assert.Equal("text", await page.Locator("#Input_Categories_0_").GetAttributeAsync("type"));
        Assert.Equal(0, await page.Locator(".autocomplete__input").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Find a CPV code" }).ClickAsync();
        await page.GetByLabel("Code or words from the description").FillAsync("home help");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search CPV codes" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=home"));
        Assert.Contains("98513310-8", await page.Locator("tbody").InnerTextAsync());
        Assert.Empty(tab.Problems);
    }
}
