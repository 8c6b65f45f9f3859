using System.Text.RegularExpressions;
using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Contracts;

/// <summary>
/// Issue 14 end to end, found by clicking from the service navigation as people would: a commissioner takes the
/// outcome still untaken from the decided demo appraisal, assesses and recommends it, designs a contract from it
/// (a contract type recommended, a performance measure provision) and enters the contract with the demo provider;
/// sets out the implementation plan with an activity that delivers the provision, records sharing it in easy read,
/// and adds a quarterly KPI. The provider sends the last quarter's return, which misses the KPI's inadequate level, so
/// the KPI goes red; the commissioner finds it on the monitoring dashboard and the contract's page, records an
/// improvement plan and proposes a variation; the decision maker, told of it in Messages, approves it: the value
/// history shows the new value. Every page passes axe and the GOV.UK checks. Only signing in starts at an address.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class OutcomesToMonitoredContractJourneyTests(BrowserFixture browser)
{
    private const string Outcome = "People looking after someone can book a break themselves, at any hour";
    private const string DesignTitle = "Book-it-yourself breaks for carers, 2027 to 2030";
    private const string Reference = "ASC-2026-114";
    private const string Kpi = "Breaks booked without help";

    [Fact]
    [Trait("Criterion", "CD-P1")]
    [Trait("Criterion", "CD-P12")]
    [Trait("Criterion", "CD-P14")]
    [Trait("Criterion", "CD-P17")]
    [Trait("Criterion", "CD-P18")]
    public async Task OutcomesOfTheDecidedAppraisal_BecomeAMonitoredContract_ThatGoesRedAndIsVaried()
    {
        await using var commissioner = await browser.NewPageAsync();
        var page = commissioner.Page;
        await commissioner.SignInAsync(Role.Commissioner);

        // The outcomes, from the contracts area.
        await ClickAsync(
            commissioner,
            page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Contracts", Exact = true })
        );
        await ClickAsync(
            commissioner,
            page.GetByRole(AriaRole.Link, new() { Name = "priority outcomes for contracts" })
        );
        await ClickAsync(
            commissioner,
            page.GetByRole(AriaRole.Button, new() { Name = "Take outcomes from a decided appraisal" })
        );
        var appraisal = page.GetByLabel(new Regex("^" + Regex.Escape(DemoDecidedAppraisal.Title)));
        Assert.Contains(
            "3 outcomes, 2 taken already",
            await page.Locator("label", new() { HasText = DemoDecidedAppraisal.Title }).InnerTextAsync()
        );
        await appraisal.CheckAsync();
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Take its outcomes" }));
        Assert.Contains("1 outcome taken from", await Banner(page));

        await ClickAsync(commissioner, page.GetByRole(AriaRole.Link, new() { Name = Outcome }));
        Assert.Contains("Share of breaks booked online or by phone without help", await MainText(page));
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Change the outcome" }));
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("60% by March 2028");
        await page.GetByLabel("Cost", new() { Exact = true })
            .FillAsync("An online booking service: about £20,000 a year from the carers' breaks budget");
        await page.GetByLabel("Resources", new() { Exact = true })
            .FillAsync("The contract manager for half a day a month");
        await page.GetByLabel("Risk", new() { Exact = true })
            .FillAsync("Carers without the internet are left behind: phone booking stays");
        await page.GetByLabel("Sustainability", new() { Exact = true })
            .FillAsync("Booking without help costs less as more carers use it");
        await page.GetByLabel("Yes: specify it in the contract").CheckAsync();
        await page.GetByLabel("How it will be specified")
            .FillAsync("A service requirement with a KPI in the specification");
        await page.GetByLabel("How the provider will evidence it")
            .FillAsync("A quarterly extract from the booking system");
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }));
        Assert.Contains(
            "Yes",
            await page.Locator(".govuk-summary-list__row", new() { HasText = "Recommended to be specified" })
                .InnerTextAsync()
        );

        // The design, from the contracts area.
        await ClickAsync(
            commissioner,
            page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Contracts", Exact = true })
        );
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Link, new() { Name = "contract designs" }));
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Start a contract design" }));
        await page.GetByLabel("Title").FillAsync(DesignTitle);
        await page.GetByLabel(Outcome).CheckAsync();
        await page.GetByLabel("Options appraisal it follows (optional)")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoDecidedAppraisal.Title });
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Start the design" }));
        Assert.Contains(DesignTitle, await page.Locator("h1").InnerTextAsync());

        await ClickAsync(commissioner, page.GetByRole(AriaRole.Link, new() { Name = "Change the contract type" }));
        await Radio(page, "Can the volume of care needed be predicted?", "No");
        await Radio(page, "Will people direct their own support?", "No");
        await Radio(page, "Can the outcomes be measured well enough to pay on?", "Yes");
        await page.GetByRole(AriaRole.Group, new() { Name = "How many providers are needed?" })
            .GetByLabel("One")
            .CheckAsync();
        await page.GetByLabel("CPV code (optional)").FillAsync("85311200-4");
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Show the advice" }));
        await page.GetByRole(AriaRole.Group, new() { Name = "Contract type you recommend" })
            .GetByLabel("Outcomes-based")
            .CheckAsync();
        await page.GetByLabel("Reasons").FillAsync("The booking system measures the outcome every quarter");
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Save the recommendation" }));
        Assert.Contains(
            "Outcomes-based",
            await page.Locator(".govuk-summary-list__row", new() { HasText = "Recommended type" }).InnerTextAsync()
        );

        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Add a provision" }));
        await page.GetByLabel("Performance measure").CheckAsync();
        await page.GetByLabel("Heading").FillAsync("Breaks booked without help");
        await page.GetByLabel("Wording")
            .FillAsync("The provider reports each quarter the share of breaks booked without help.");
        await page.GetByLabel("Outcome it serves (optional)")
            .SelectOptionAsync(new SelectOptionValue { Label = Outcome });
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Add provision" }));
        Assert.Contains(
            "The provider reports each quarter",
            await page.Locator("table", new() { HasText = "Provisions the contract needs" }).InnerTextAsync()
        );

        // The contract, from the design, with the demo provider (its supplier and its provider organisation), starting
        // a financial quarter before the present one, so one quarter's return is due.
        // The live app runs on the real clock, in UK time.
        var today = CareCommissioning.Domain.Common.UkCalendar.DateOf(DateTimeOffset.UtcNow);
        var quarterStart = new DateOnly(today.Year, today.Month - (today.Month - 1) % 3, 1);
        var start = quarterStart.AddMonths(-3);
        await ClickAsync(
            commissioner,
            page.GetByRole(AriaRole.Link, new() { Name = "Create a contract from this design" })
        );
        Assert.Equal(DesignTitle, await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync());
        Assert.True(await page.GetByLabel("Outcomes-based").IsCheckedAsync());
        await page.GetByLabel("Reference").FillAsync(Reference);
        await page.GetByLabel("Supplier", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.FirstProvider });
        await page.GetByLabel("Provider organisation in this service (optional)")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.FirstProvider });
        await page.GetByLabel("Whole-life value, including VAT").FillAsync("300000");
        await DateAsync(page, "Start date", start);
        await DateAsync(page, "End date", start.AddYears(3).AddDays(-1));
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Add contract" }));
        Assert.Contains($"Contract {Reference}", await Banner(page));
        Assert.Contains(
            Outcome,
            await page.Locator("table", new() { HasText = "The outcomes the contract is for" }).InnerTextAsync()
        );
        var contract = new Uri(page.Url).AbsolutePath;

        // The implementation plan, set out and shared.
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Link, new() { Name = "The implementation plan" }));
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Set out the plan" }));
        await page.GetByLabel("How the plan will achieve the contract's priority outcomes")
            .FillAsync(
                "Open the online booking first to carers' groups, then to everyone, with phone booking throughout"
            );
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }));
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Add an activity" }));
        await page.GetByLabel("Activity", new() { Exact = true })
            .FillAsync("Open online booking to the carers' groups");
        await page.GetByLabel("Owner", new() { Exact = true }).FillAsync("Helen Carter, Brightwater Home Care Ltd");
        await page.GetByLabel("Resources (optional)").FillAsync("The booking system supplier for two weeks");
        await DateAsync(page, "Date it is due", quarterStart.AddMonths(4));
        await page.GetByLabel("Priority outcome it serves (optional)")
            .SelectOptionAsync(new SelectOptionValue { Label = Outcome });
        await page.GetByLabel("Contractual provision it delivers (optional)")
            .SelectOptionAsync(new SelectOptionValue { Label = "Performance measure: Breaks booked without help" });
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Save the activity" }));
        Assert.Contains(
            "Open online booking to the carers' groups",
            await page.Locator("[aria-label=Activities]").InnerTextAsync()
        );
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Record sharing the plan" }));
        await page.GetByLabel("Who you shared it with")
            .FillAsync("Brightwater Home Care Ltd, registered manager\nThe carers' forum");
        await page.GetByLabel("Word document").CheckAsync();
        await page.GetByLabel("Easy read").CheckAsync();
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Record sharing" }));
        Assert.Contains("The carers' forum", await MainText(page));

        // A quarterly KPI for the outcome.
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Link, new() { Name = "Back", Exact = true }));
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Add a KPI" }));
        await page.GetByLabel("Name of the KPI").FillAsync(Kpi);
        await page.GetByLabel("Priority outcome it shows progress towards (optional)")
            .SelectOptionAsync(new SelectOptionValue { Label = Outcome });
        await page.GetByLabel("Percentage").CheckAsync();
        await page.GetByLabel("Higher is better").CheckAsync();
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("60%");
        await page.GetByLabel("Tolerance (optional)").FillAsync("5");
        await page.GetByLabel("Inadequate level (optional)").FillAsync("40%");
        await page.GetByLabel("Quarterly").CheckAsync();
        await page.GetByLabel("Days after each period to send the return").FillAsync("15");
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Add KPI" }));
        Assert.Contains(Kpi, await page.Locator("#kpis").InnerTextAsync());

        // The provider sends the quarter's return, from its own contracts.
        await using var provider = await browser.NewPageAsync();
        var theirs = provider.Page;
        await provider.SignInAsync(Role.Provider);
        await ClickAsync(
            provider,
            theirs
                .GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Contracts", Exact = true })
        );
        await ClickAsync(provider, theirs.GetByRole(AriaRole.Link, new() { Name = Reference }));
        await ClickAsync(
            provider,
            theirs.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Send the return for Quarter") })
        );
        await theirs.GetByLabel($"{Kpi}: value (percentage)").FillAsync("35");
        await theirs.GetByLabel($"{Kpi}: comment (optional)").FillAsync("The booking website opened late");
        await ClickAsync(provider, theirs.GetByRole(AriaRole.Button, new() { Name = "Send the return" }));
        Assert.Contains("has been received", await Banner(theirs));
        Assert.Contains("Inadequate", await theirs.Locator("#kpis").InnerTextAsync());

        // The commissioner sees it red on the monitoring dashboard and on the contract's page.
        await ClickAsync(
            commissioner,
            page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Contracts", Exact = true })
        );
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Link, new() { Name = "contract monitoring" }));
        await page.GetByLabel("Search by reference, title or supplier").FillAsync(Reference);
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));
        var row = page.Locator("#portfolio tbody tr", new() { HasText = Reference });
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Contains("Inadequate", cells[3]);
        Assert.Contains("Red", cells[3]);
        Assert.Equal("1", cells[4].Trim());
        await ClickAsync(commissioner, row.GetByRole(AriaRole.Link, new() { Name = Reference }));
        Assert.Contains("Overall rating: Inadequate (Red)", await page.Locator("#overall-rating").InnerTextAsync());
        var kpiRow = page.Locator("#kpis tbody tr", new() { HasText = Kpi });
        Assert.Contains("Inadequate", await kpiRow.InnerTextAsync());
        Assert.Contains("The booking website opened late", await kpiRow.InnerTextAsync());

        // An improvement plan for the red KPI.
        await ClickAsync(commissioner, kpiRow.GetByRole(AriaRole.Link, new() { Name = "Record an action" }));
        Assert.Equal(
            Kpi,
            (await page.GetByLabel("KPI the action is about").Locator("option:checked").InnerTextAsync()).Trim()
        );
        await page.GetByLabel("Improvement plan").CheckAsync();
        await page.GetByLabel("What was agreed with the provider")
            .FillAsync("Fix the booking website and phone every carer who tried to book online");
        await page.GetByLabel("Who owns the action").FillAsync("Contract manager, carers' breaks");
        await DateAsync(page, "Date the action is due", today.AddDays(30));
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Record action" }));
        var actions = await page.Locator("#performance-actions").InnerTextAsync();
        Assert.Contains("Improvement plan", actions);
        Assert.Contains("Fix the booking website", actions);

        // A variation proposed, for the decision maker.
        await page.GetByLabel("Reason for the variation")
            .FillAsync("A second booking line for carers without the internet");
        await page.GetByLabel("Change to the whole-life value (optional)").FillAsync("25000");
        await ClickAsync(commissioner, page.GetByRole(AriaRole.Button, new() { Name = "Propose variation" }));
        Assert.Contains("The variation has been proposed", await Banner(page));

        await using var decider = await browser.NewPageAsync();
        var theirsToDecide = decider.Page;
        await decider.SignInAsync(Role.DecisionMaker);
        await ClickAsync(
            decider,
            theirsToDecide
                .GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Messages" })
        );
        Assert.Contains($"A variation of contract {Reference} awaits a decision", await MainText(theirsToDecide));
        await ClickAsync(
            decider,
            theirsToDecide
                .GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Contracts", Exact = true })
        );
        await theirsToDecide.GetByLabel("Search by reference, title or supplier").FillAsync(Reference);
        await ClickAsync(decider, theirsToDecide.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));
        await ClickAsync(decider, theirsToDecide.GetByRole(AriaRole.Link, new() { Name = Reference }));
        await ClickAsync(decider, theirsToDecide.GetByRole(AriaRole.Link, new() { Name = "Decide on this variation" }));
        Assert.Contains(
            "£325,000",
            await theirsToDecide.Locator(".govuk-summary-list__row", new() { HasText = "Value after" }).InnerTextAsync()
        );
        await theirsToDecide.GetByLabel("Approve the variation").CheckAsync();
        await ClickAsync(decider, theirsToDecide.GetByRole(AriaRole.Button, new() { Name = "Record decision" }));
        Assert.EndsWith(contract, new Uri(theirsToDecide.Url).AbsolutePath);
        var history = await theirsToDecide.Locator("[aria-label='Value history'] tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, history.Count);
        Assert.Contains("£300,000", history[0]);
        Assert.Contains("£325,000", history[1]);
        Assert.Contains(
            "£325,000",
            await theirsToDecide
                .Locator(".govuk-summary-list__row", new() { HasText = "Whole-life value" })
                .InnerTextAsync()
        );
    }

    private static Task ClickAsync(BrowserPage page, ILocator target) => page.FollowAsync(target);

    private static Task Radio(IPage page, string legend, string choice) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend }).GetByLabel(choice, new() { Exact = true }).CheckAsync();

    private static async Task DateAsync(IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group
            .GetByLabel("Month")
            .FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task<string> Banner(IPage page) => page.Locator(".govuk-notification-banner").InnerTextAsync();

    private static Task<string> MainText(IPage page) => page.Locator("main").InnerTextAsync();
}
