using System.Text;
using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Appraisals;

/// <summary>
/// The whole flow in Chromium, each person signed in as themselves, every page through axe and the GOV.UK checks: the
/// commissioner imports demand, sees the variance, appraises three options against do nothing, opens an engagement
/// where a stakeholder makes a suggestion, weights and scores the options, runs the Monte Carlo and downloads the
/// document; the decision maker decides, and the notice reaches the stakeholder.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AppraisalJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "OA-P1")]
    [Trait("Criterion", "OA-P4")]
    [Trait("Criterion", "OA-P7")]
    [Trait("Criterion", "OA-P9")]
    [Trait("Criterion", "OA-P17")]
    [Trait("Criterion", "OA-P18")]
    [Trait("Criterion", "OA-P20")]
    [Trait("Criterion", "OA-P23")]
    public async Task Commissioner_Stakeholder_DecisionMaker_FromDemandToDecision()
    {
        await using var commissioner = await browser.NewPageAsync();
        var page = commissioner.Page;
        await commissioner.SignInAsync(Role.Commissioner);

        // Demand from a spreadsheet, then the variance.
        await commissioner.ClickAsync(AriaRole.Link, "Needs and money");
        await commissioner.ClickAsync(AriaRole.Link, "Carers' breaks");
        await commissioner.ClickAsync(AriaRole.Link, "Import demand from a spreadsheet");
        await page.GetByLabel("Upload a file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "carers-breaks.csv",
                    MimeType = "text/csv",
                    Buffer = Encoding.UTF8.GetBytes(
                        "Year,Volume,Basis,Source\r\n2027/28,2450,Forecast,Carers strategy\r\n2028/29,text,Forecast,\r\n"
                    ),
                }
            );
        await commissioner.ClickAsync(AriaRole.Button, "Import demand");
        Assert.Contains(
            "Row 3: volume \"text\" must be a number",
            await page.Locator(".govuk-error-summary").InnerTextAsync()
        );
        await page.GetByLabel("Upload a file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "carers-breaks.csv",
                    MimeType = "text/csv",
                    Buffer = Encoding.UTF8.GetBytes(
                        "Year,Volume,Basis,Source\r\n2027/28,2450,Forecast,Carers strategy\r\n2028/29,2600,Forecast,\r\n"
                    ),
                }
            );
        await commissioner.ClickAsync(AriaRole.Button, "Import demand");
        Assert.Contains(
            "2 years of demand have been imported",
            await page.Locator(".govuk-notification-banner--success").InnerTextAsync()
        );
        await commissioner.VisitAsync("/needs/variance");

        // Start the appraisal and build it.
        await commissioner.ClickAsync(AriaRole.Link, "Options appraisals");
        await commissioner.ClickAsync(AriaRole.Button, "Start an options appraisal");
        await page.GetByLabel("Title").FillAsync("Carers' breaks, 2026 to 2030");
        await page.GetByLabel("Years covered after the base year").FillAsync("3");
        await commissioner.ClickAsync(AriaRole.Button, "Start the appraisal");
        var overview = page.Url;

        await commissioner.ClickAsync(AriaRole.Link, "Strategic context (PESTLE)");
        await page.GetByLabel("PESTLE heading").SelectOptionAsync("Social");
        await page.GetByLabel("Factor", new() { Exact = true }).FillAsync("More carers are over 75");
        await page.GetByLabel("Impact on commissioning").FillAsync("Breaks must be easier to book");
        await commissioner.ClickAsync(AriaRole.Button, "Add factor");
        await Goto(commissioner, overview);
        await commissioner.ClickAsync(AriaRole.Link, "Outcomes");
        await page.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Carers have the breaks they need");
        await commissioner.ClickAsync(AriaRole.Button, "Add outcome");

        string[] options =
        [
            "Breaks at home by carers' choice",
            "Shared breaks with the ICB",
            "Carers' personal budgets",
        ];
        foreach (var name in options)
        {
            await Goto(commissioner, overview + "/options");
            await commissioner.ClickAsync(AriaRole.Button, "Add an option");
            await page.GetByLabel("Name of the option").FillAsync(name);
            await page.GetByLabel(name.Contains("ICB") ? "Joint commissioning" : "Innovation", new() { Exact = true })
                .CheckAsync();
            await page.GetByLabel("Carried forward", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Reason").FillAsync("Meets the carers' outcome");
            await commissioner.ClickAsync(AriaRole.Button, "Add option");
            // Straight on to its costs and benefits.
            await page.GetByLabel("Cost in 2026/27 (year 0)").FillAsync("1,400,000");
            await page.GetByLabel("Cost in 2027/28 (year 1)").FillAsync("1,300,000");
            await page.GetByLabel("Benefit in 2027/28 (year 1)")
                .FillAsync(name.Contains("budgets") ? "250,000" : "150,000");
            await commissioner.ClickAsync(AriaRole.Button, "Save costs and benefits");
        }
        await Goto(commissioner, overview + "/options");
        await commissioner.ClickAsync(AriaRole.Link, "Enter costs and benefits of Do nothing (business as usual)");
        await page.GetByLabel("Cost in 2026/27 (year 0)").FillAsync("1,500,000");
        await page.GetByLabel("Cost in 2027/28 (year 1)").FillAsync("1,550,000");
        await commissioner.ClickAsync(AriaRole.Button, "Save costs and benefits");
        Assert.Contains("Highest NPSV", await page.Locator("#economic-results").InnerTextAsync());

        // Engagement: summary, invite the voluntary sector, open it.
        await Goto(commissioner, overview + "/engagement");
        await page.GetByLabel("Plain-language summary")
            .FillAsync("We want every carer to get a break. Tell us which choice you prefer.");
        await page.GetByLabel("Northshire Voluntary Action").CheckAsync();
        await commissioner.ClickAsync(AriaRole.Button, "Save engagement");
        await Goto(commissioner, overview);
        await commissioner.ClickAsync(AriaRole.Button, "Open the engagement");
        Assert.Contains("Engagement open", await page.Locator("main").InnerTextAsync());

        // A stakeholder signed in as herself makes a suggestion and ranks the options.
        await using (var stakeholder = await browser.NewPageAsync())
        {
            await stakeholder.SignInAsync(Role.Stakeholder);
            await stakeholder.ClickAsync(AriaRole.Link, "Have your say");
            await stakeholder.ClickAsync(AriaRole.Link, "Carers' breaks, 2026 to 2030");
            await stakeholder.Page.GetByLabel("A suggestion – an idea for meeting the outcomes").CheckAsync();
            await stakeholder
                .Page.GetByLabel("Your suggestion, priority or comment")
                .FillAsync("Let carers book breaks online and by phone");
            await stakeholder.Page.GetByLabel("Carers' personal budgets").SelectOptionAsync("1");
            await stakeholder.ClickAsync(AriaRole.Button, "Send");
            Assert.Contains(
                "Thank you",
                await stakeholder.Page.Locator(".govuk-notification-banner--success").InnerTextAsync()
            );
        }

        // Criteria, weights and scores; the Monte Carlo.
        await Goto(commissioner, overview + "/criteria");
        await page.GetByLabel("Criterion 1", new() { Exact = true }).FillAsync("Carers' wellbeing");
        await page.GetByLabel("Weight of criterion 1").FillAsync("70");
        await page.GetByLabel("Criterion 2", new() { Exact = true }).FillAsync("Deliverability");
        await page.GetByLabel("Weight of criterion 2").FillAsync("20");
        await commissioner.ClickAsync(AriaRole.Button, "Save criteria and weights");
        Assert.Contains(
            "The weights must total 100; they total 90",
            await page.Locator(".govuk-error-summary").InnerTextAsync()
        );
        await page.GetByLabel("Weight of criterion 2").FillAsync("30");
        await commissioner.ClickAsync(AriaRole.Button, "Save criteria and weights");
        await commissioner.ClickAsync(AriaRole.Link, "Score the options on each criterion");
        var scoreInputs = page.Locator("input[name$='.Score']");
        for (var i = 0; i < await scoreInputs.CountAsync(); i++)
            await scoreInputs.Nth(i).FillAsync(((i * 37) % 101).ToString());
        await commissioner.ClickAsync(AriaRole.Button, "Save scores");
        Assert.Contains("Rank", await page.Locator("#mcda-results").InnerTextAsync());

        await Goto(commissioner, overview + "/monte-carlo");
        await page.GetByText("Add an uncertain input").ClickAsync();
        await page.GetByLabel("Option", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Carers' personal budgets" });
        await page.GetByLabel("Minimum", new() { Exact = true }).FillAsync("90");
        await page.GetByLabel("Most likely (the mean, for normal)", new() { Exact = true }).FillAsync("100");
        await page.GetByLabel("Maximum", new() { Exact = true }).FillAsync("140");
        await commissioner.ClickAsync(AriaRole.Button, "Add uncertain input");
        await page.GetByLabel("Iterations", new() { Exact = true }).FillAsync("20000");
        await commissioner.ClickAsync(AriaRole.Button, "Run again");
        Assert.Contains("20,000 iterations with seed", await page.Locator("main").InnerTextAsync());

        // Reply to the stakeholder, close the engagement, recommend, present, and download the document.
        await Goto(commissioner, overview + "/engagement");
        await page.GetByText("Record what it changed and reply").ClickAsync();
        await page.GetByLabel("Changed the options").CheckAsync();
        await page.GetByLabel("Your reply").FillAsync("Online booking is now part of every option");
        await commissioner.ClickAsync(AriaRole.Button, "Save reply");
        await Goto(commissioner, overview);
        await commissioner.ClickAsync(AriaRole.Button, "Close the engagement");
        await commissioner.ClickAsync(AriaRole.Link, "Recommendation");
        await page.GetByLabel("Carers' personal budgets").CheckAsync();
        await page.GetByLabel("Why").FillAsync("Highest value and carers ranked it first");
        await page.GetByLabel("What happens if it is taken up").FillAsync("More carers arrange breaks that suit them");
        await page.GetByLabel("What happens if nothing is done").FillAsync("Carers burn out and need more support");
        await commissioner.ClickAsync(AriaRole.Button, "Save recommendation");
        await commissioner.ClickAsync(AriaRole.Button, "Mark as ready for decision");
        await commissioner.ClickAsync(AriaRole.Button, "Mark as presented to the decision maker");
        await commissioner.ClickAsync(AriaRole.Link, "Read the options appraisal document");
        Assert.Contains("Let carers book breaks online and by phone", await page.Locator("main").InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download this document (Word, DOCX)" }).ClickAsync()
        );
        Assert.EndsWith(".docx", download.SuggestedFilename);

        // The budget: the commissioner proposes, finance agrees.
        await Goto(commissioner, overview);
        await commissioner.ClickAsync(AriaRole.Link, "Budget negotiation");
        await page.GetByLabel("Budget head")
            .SelectOptionAsync(new SelectOptionValue { Label = "Better Care Fund – hospital discharge" });
        await page.GetByLabel("2026/27", new() { Exact = true }).FillAsync("1,400,000");
        await page.GetByLabel("2027/28", new() { Exact = true }).FillAsync("1,300,000");
        await page.GetByLabel("Message").FillAsync("Carers' personal budgets, as recommended");
        var due = DateTime.UtcNow.AddDays(14);
        await page.GetByLabel("Day").FillAsync(due.Day.ToString());
        await page.GetByLabel("Month").FillAsync(due.Month.ToString());
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(due.Year.ToString());
        await commissioner.ClickAsync(AriaRole.Button, "Send");
        await using (var finance = await browser.NewPageAsync())
        {
            await finance.SignInAsync(Role.FinanceOfficer);
            await Goto(finance, overview + "/budget");
            await finance
                .Page.GetByRole(
                    AriaRole.Link,
                    new() { Name = "Respond to the proposal on Better Care Fund – hospital discharge" }
                )
                .ClickAsync();
            await PageChecks.AssertGoodPageAsync(finance);
            await finance.Page.GetByLabel("Agree the amounts on the table").CheckAsync();
            await finance.ClickAsync(AriaRole.Button, "Send");
            Assert.Contains("Agreed", await finance.Page.Locator(".govuk-summary-card__title").First.InnerTextAsync());
        }

        // The decision maker decides; the stakeholder is told.
        await using (var decisionMaker = await browser.NewPageAsync())
        {
            await decisionMaker.SignInAsync(Role.DecisionMaker);
            await Goto(decisionMaker, overview);
            await decisionMaker.ClickAsync(AriaRole.Button, "Record the decision");
            await decisionMaker.Page.GetByLabel("Carers' personal budgets").CheckAsync();
            await decisionMaker
                .Page.GetByLabel("The decision")
                .FillAsync("Agreed: carers' personal budgets from April 2027");
            await decisionMaker.ClickAsync(AriaRole.Button, "Record the decision and tell people");
            Assert.Contains("E-mail to", await decisionMaker.Page.Locator("#notices").InnerTextAsync());
        }
        await using (var stakeholder = await browser.NewPageAsync())
        {
            await stakeholder.SignInAsync(Role.Stakeholder);
            await stakeholder.ClickAsync(AriaRole.Link, "Messages");
            var messages = await stakeholder.Page.Locator("main").InnerTextAsync();
            Assert.Contains("Agreed: carers' personal budgets from April 2027", messages);
            // The budget decision goes with it (OA-P23).
            Assert.Contains(
                "Better Care Fund – hospital discharge: £1,400,000 in 2026/27, £1,300,000 in 2027/28 (£2,700,000 in all), agreed",
                messages
            );
        }
    }

    private static async Task Goto(BrowserPage tab, string url)
    {
        await tab.Page.GotoAsync(url);
        await PageChecks.AssertGoodPageAsync(tab);
    }
}
