using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Appraisals;

/// <summary>
/// The appraisal pages the main journey does not reach, in Chromium through axe and the GOV.UK checks, reached by the
/// links a person would follow: the frozen version, easy read and decision page of the demo appraisal (which is open
/// for engagement), and on an appraisal the commissioner starts here, the title and years, an option, its risks,
/// questions and answers and the history; then a funding opportunity. The decision maker sees that the demo appraisal
/// cannot be decided yet.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AppraisalSidePagesTests(BrowserFixture browser)
{
    private const string Demo = "Homecare for older people, 2026 to 2031";
    private const string NotYet =
        "The decision maker records the decision once the appraisal has been presented. It is engagement open.";

    [Fact]
    [Trait("Criterion", "OA-P5")]
    [Trait("Criterion", "OA-P15")]
    [Trait("Criterion", "OA-P16")]
    [Trait("Criterion", "OA-P18")]
    [Trait("Criterion", "OA-P19")]
    public async Task Commissioner_AndDecisionMaker_UseTheSidePagesOfAppraisals()
    {
        await using var commissioner = await browser.NewPageAsync();
        var page = commissioner.Page;
        await commissioner.SignInAsync(Role.Commissioner);

        // The demo appraisal: its frozen first version, read as it stood when the engagement opened.
        await commissioner.ClickAsync(AriaRole.Link, "Options appraisals");
        await commissioner.ClickAsync(AriaRole.Link, Demo);
        var demo = new Uri(page.Url).AbsolutePath;
        await commissioner.ClickAsync(AriaRole.Link, "Version 1");
        Assert.EndsWith("/versions/1", page.Url);
        var banner = await page.Locator(".govuk-notification-banner").InnerTextAsync();
        Assert.Contains("This is version 1, frozen on", banner);
        Assert.Contains("by Priya Shah. Moved from draft to engagement open.", banner);
        var frozen = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Reablement first", frozen);
        Assert.Contains("Joint homecare commissioning with the ICB", frozen);

        // The easy-read summary, from the appraisal page.
        await commissioner.ClickAsync(AriaRole.Link, "See the current appraisal");
        await commissioner.ClickAsync(AriaRole.Link, "Read the easy-read summary");
        Assert.Equal($"{Demo} (easy read)", await page.Locator("h1").InnerTextAsync());
        var easyRead = await page.Locator("main").InnerTextAsync();
        Assert.Contains("We looked at 4 choices.", easyRead);
        Assert.Contains("We think the best choice is: Reablement first.", easyRead);
        Assert.Contains("Nothing has been decided yet.", easyRead);

        // The decision page before a decision: the commissioner has no link to it and, by its address, may only read
        // it.
        await commissioner.VisitAsync(demo + "/decision");
        Assert.Equal("Record the decision", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Recommended: Reablement first.", await page.Locator(".govuk-inset-text").InnerTextAsync());
        Assert.Contains(NotYet, await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.Locator("main form").CountAsync());

        // An appraisal of the commissioner's own: change its title and years, and see them.
        await commissioner.ClickAsync(AriaRole.Link, "Options appraisals");
        await commissioner.ClickAsync(AriaRole.Button, "Start an options appraisal");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Side pages appraisal");
        await page.GetByLabel("Years covered after the base year").FillAsync("3");
        await commissioner.ClickAsync(AriaRole.Button, "Start the appraisal");
        var overview = new Uri(page.Url).AbsolutePath;
        Assert.Contains("2026/27 (year 0) to 2029/30", await page.Locator(".govuk-summary-list").InnerTextAsync());
        await commissioner.ClickAsync(AriaRole.Link, "Change title, years and discounting");
        Assert.Equal("Side pages appraisal", await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync());
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Side pages appraisal, 2026 to 2031");
        await page.GetByLabel("Years covered after the base year").FillAsync("5");
        await commissioner.ClickAsync(AriaRole.Button, "Save");
        Assert.Equal(overview, new Uri(page.Url).AbsolutePath);
        Assert.Equal("Side pages appraisal, 2026 to 2031", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("2026/27 (year 0) to 2031/32", await page.Locator(".govuk-summary-list").InnerTextAsync());

        // An option: add it, then change it on its own page.
        await commissioner.ClickAsync(AriaRole.Link, "Long list of options");
        await commissioner.ClickAsync(AriaRole.Button, "Add an option");
        await page.GetByLabel("Name of the option").FillAsync("Community reablement");
        await page.GetByLabel("Innovation", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Carried forward", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Meets the independence outcome");
        await commissioner.ClickAsync(AriaRole.Button, "Add option");
        await commissioner.ClickAsync(AriaRole.Link, "Back");
        await commissioner.ClickAsync(AriaRole.Link, "Community reablement");
        Assert.Equal("Community reablement", await page.GetByLabel("Name of the option").InputValueAsync());
        await page.GetByLabel("Name of the option").FillAsync("Community reablement at home");
        await page.GetByLabel("Description (optional)").FillAsync("Reablement workers based in each locality");
        await page.GetByLabel("Preferred", new() { Exact = true }).CheckAsync();
        await commissioner.ClickAsync(AriaRole.Button, "Save option");
        var row = page.Locator("main table tbody tr", new() { HasText = "Community reablement at home" });
        Assert.Contains("Preferred", await row.InnerTextAsync());

        // Its risks, chosen from the register and assessed with partners.
        await commissioner.VisitAsync(overview);
        await commissioner.ClickAsync(AriaRole.Link, "Risks of each option");
        var risks = page.GetByRole(AriaRole.Group, new() { Name = "Risks of Community reablement at home" });
        await risks.GetByLabel("Homecare provider market fails in rural areas").CheckAsync();
        await page.GetByLabel("How the risks of Community reablement at home were assessed, and with whom (optional)")
            .FillAsync("With the provider forum, 2 December");
        await commissioner.ClickAsync(AriaRole.Button, "Save risks");
        Assert.Equal(overview, new Uri(page.Url).AbsolutePath);
        await commissioner.ClickAsync(AriaRole.Link, "Risks of each option");
        Assert.True(
            await page.GetByRole(AriaRole.Group, new() { Name = "Risks of Community reablement at home" })
                .GetByLabel("Homecare provider market fails in rural areas")
                .IsCheckedAsync()
        );
        Assert.Equal(
            "With the provider forum, 2 December",
            await page.GetByLabel(
                    "How the risks of Community reablement at home were assessed, and with whom (optional)"
                )
                .InputValueAsync()
        );

        // A question, and its answer.
        await commissioner.VisitAsync(overview);
        await commissioner.ClickAsync(AriaRole.Link, "Questions and answers");
        Assert.Contains("No questions have been asked yet.", await page.Locator("main").InnerTextAsync());
        await page.GetByLabel("Your question or request for clarification")
            .FillAsync("Are the reablement costs in 2026/27 prices?");
        await commissioner.ClickAsync(AriaRole.Button, "Add question");
        Assert.Contains(
            "Your question has been added to the log",
            await page.Locator(".govuk-notification-banner--success").InnerTextAsync()
        );
        await page.GetByLabel("Your answer").FillAsync("Yes: every figure is in 2026/27 prices");
        await commissioner.ClickAsync(AriaRole.Button, "Save answer");
        var card = await page.Locator(".govuk-summary-card").InnerTextAsync();
        Assert.Contains("Are the reablement costs in 2026/27 prices?", card);
        Assert.Contains("Answer from", card);
        Assert.Contains("Yes: every figure is in 2026/27 prices", card);

        // The history shows the change of title, before and after.
        await commissioner.VisitAsync(overview);
        await commissioner.ClickAsync(AriaRole.Link, "See the history of changes to this appraisal");
        Assert.Equal(
            "History of changes to Side pages appraisal, 2026 to 2031",
            await page.Locator("h1").InnerTextAsync()
        );
        var titleChange = page.Locator(
            "main tbody tr",
            new() { Has = page.Locator("th", new() { HasTextString = "Title" }) }
        ).First;
        var titleCells = await titleChange.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["Side pages appraisal", "Side pages appraisal, 2026 to 2031"], titleCells);

        // A funding opportunity: change its likelihood and see the expected value follow: 40% × (£80,000 − £0) =
        // £32,000.
        await commissioner.ClickAsync(AriaRole.Link, "Needs and money");
        await commissioner.ClickAsync(AriaRole.Link, "Funding opportunities");
        await commissioner.ClickAsync(AriaRole.Link, "Technology-enabled care pilot");
        Assert.Contains(
            "Expected value: £24,000.00 a year (30% × (£80,000.00 − £0.00))",
            await page.Locator(".govuk-inset-text").InnerTextAsync()
        );
        await page.GetByLabel("Likelihood of getting it").FillAsync("40");
        await commissioner.ClickAsync(AriaRole.Button, "Save funding opportunity");
        Assert.Contains(
            "Technology-enabled care pilot has been saved",
            await page.Locator(".govuk-notification-banner--success").InnerTextAsync()
        );
        Assert.Contains(
            "£32,000.00",
            await page.Locator("main tbody tr", new() { HasText = "Technology-enabled care pilot" }).InnerTextAsync()
        );

        // The decision maker: the demo appraisal offers no decision yet, and its decision page says why and has no
        // form.
        await using var decisionMaker = await browser.NewPageAsync();
        await decisionMaker.SignInAsync(Role.DecisionMaker);
        await decisionMaker.ClickAsync(AriaRole.Link, "Options appraisals");
        await decisionMaker.ClickAsync(AriaRole.Link, Demo);
        Assert.Equal(
            0,
            await decisionMaker.Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).CountAsync()
        );
        await decisionMaker.VisitAsync(demo + "/decision");
        Assert.Equal("Record the decision", await decisionMaker.Page.Locator("h1").InnerTextAsync());
        Assert.Contains(NotYet, await decisionMaker.Page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await decisionMaker.Page.Locator("main form").CountAsync());
        Assert.Equal(
            0,
            await decisionMaker
                .Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision and tell people" })
                .CountAsync()
        );
    }
}
