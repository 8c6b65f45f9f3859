using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>
/// A new Better Care Fund pool from start to evaluation, through the pages only, by three people each signed in as
/// themselves: the council's finance officer sets it up with the ICB, records the council's contributions, sets out the
/// terms with the risk-share rule and adds two schemes; the ICB's finance officer records the ICB's contribution; each
/// partner records its own decision makers' approval until the agreement is signed off; the council imports a quarter's
/// spending from the download template, filled in and uploaded as a file; the overspend is split by the agreed rule; a
/// national metric is agreed and a month recorded; an evaluation is written and shared with the health and wellbeing
/// board and the carers' forum. The ICB reads its share and the evaluation, and the council's board member (a decision
/// maker) reads the signed-off agreement and the evaluation shared with the board. Every page passes axe and the GOV.UK
/// checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BetterCareFundJourneyTests(BrowserFixture browser)
{
    private const string Pool = "Dale locality Better Care Fund 2026 to 2027";
    private const string Reablement = "Reablement at home";
    private const string Discharge = "Discharge to assess";

    [Fact]
    [Trait("Criterion", "PB-P5")]
    [Trait("Criterion", "PB-P6")]
    [Trait("Criterion", "PB-P13")]
    [Trait("Criterion", "PB-P14")]
    [Trait("Criterion", "PB-P15")]
    [Trait("Criterion", "PB-P16")]
    [Trait("Criterion", "PB-P19")]
    public async Task CouncilAndIcbPoolTheirBudgets_SignTheAgreement_SplitAQuartersOverspend_AndShareTheEvaluation()
    {
        // 1. The council's finance officer sets up the pool with the ICB.
        await using var council = await browser.NewPageAsync();
        var page = council.Page;
        await council.SignInAsync(Role.FinanceOfficer);
        await council.VisitAsync("/partnerships/add");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(Pool);
        await page.GetByLabel("Pooled fund", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Better Care Fund (through a section 75 agreement)").CheckAsync();
        await page.GetByLabel(DemoUsers.Icb).CheckAsync();
        await page.GetByLabel("Aims and outcomes (optional)")
            .FillAsync("People leave hospital sooner and stay independent at home for longer.");
        await FillDateAsync(page, "Start date (optional)", 1, 4, 2026);
        await FillDateAsync(page, "End date (optional)", 31, 3, 2027);
        await council.ClickAsync(AriaRole.Button, "Set up partnership");
        await page.GetByRole(AriaRole.Heading, new() { Name = Pool }).WaitForAsync();
        var partnership = new Uri(page.Url).AbsolutePath;
        var summary = await page.Locator(".govuk-summary-list").InnerTextAsync();
        Assert.Contains("Pooled fund", summary);
        Assert.Contains("Better Care Fund (through a section 75 agreement)", summary);
        Assert.Contains("Proposed", summary);
        Assert.Contains(DemoUsers.Icb, await page.Locator("main table").First.InnerTextAsync());

        // The council's contributions: its Better Care Grant in cash and reablement staff seconded to the pool.
        await council.ClickAsync(AriaRole.Link, "Contributions of each partner by year");
        var contributions = new Uri(page.Url).AbsolutePath;
        await AddContributionAsync(council, "Cash", "5,700,000", "Local Authority Better Care Grant");
        Assert.Contains(
            $"{DemoUsers.Council}'s contribution of £5,700,000 for 2026/27 has been added",
            await page.Locator(".govuk-notification-banner").InnerTextAsync()
        );
        await AddContributionAsync(
            council,
            "In kind: staff, premises or services, valued in pounds",
            "300,000",
            "Reablement staff seconded to the pool"
        );

        // The terms: overspends shared in proportion to contributions up to 1% of the pool, the rest to the council.
        await council.VisitAsync(partnership);
        await council.ClickAsync(AriaRole.Link, "Agreement: terms, negotiation and each partner's sign-off");
        var agreement = new Uri(page.Url).AbsolutePath;
        Assert.Contains(
            "The host has not set out the terms of the agreement yet.",
            await page.Locator("main").InnerTextAsync()
        );
        await council.ClickAsync(AriaRole.Button, "Set out the terms");
        await page.GetByLabel("Proportional up to a cap, the rest to one partner").CheckAsync();
        await page.GetByLabel("Cap, as a percentage of the pool (capped rule only)").FillAsync("1");
        await page.GetByLabel("Partner taking the overspend above the cap (capped rule only)")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.Council });
        await page.GetByLabel("Returned to the partners").CheckAsync();
        await page.GetByLabel("Governance board (optional)").FillAsync("Northshire Better Care Fund board");
        await page.GetByLabel("Reporting to the health and wellbeing board (optional)")
            .FillAsync("Quarterly, with the Better Care Fund return");
        await council.ClickAsync(AriaRole.Button, "Save terms");
        var terms = await page.Locator(".govuk-summary-list").InnerTextAsync();
        Assert.Contains("Version 1: Draft", terms);
        Assert.Contains($"up to 1% of the pool; the rest falls to {DemoUsers.Council}", terms);
        Assert.Contains("Northshire Better Care Fund board", terms);

        // Two schemes, each with a year's planned spend spread over its months: £500,000 and £300,000 a month.
        await council.VisitAsync(partnership);
        await council.ClickAsync(AriaRole.Link, "Schemes the partnership funds");
        var schemes = new Uri(page.Url).AbsolutePath;
        await AddSchemeAsync(
            council,
            Reablement,
            "Home-based intermediate care services (including reablement)",
            DemoUsers.Council,
            "6,000,000"
        );
        await council.VisitAsync(schemes);
        await AddSchemeAsync(
            council,
            Discharge,
            "High impact change model for managing transfer of care",
            DemoUsers.Icb,
            "3,600,000"
        );
        await council.VisitAsync(schemes);
        var schemeTable = await page.Locator("main table").First.InnerTextAsync();
        Assert.Contains($"{Reablement}\tHome-based intermediate care services (including reablement)", schemeTable);
        Assert.Contains($"{DemoUsers.Council}\t£6,000,000.00", schemeTable);
        Assert.Contains($"{DemoUsers.Icb}\t£3,600,000.00", schemeTable);

        // 2. The ICB's finance officer, signed in as themselves, records the ICB's contribution: the pool is £9.6m.
        await using var icb = await browser.NewPageAsync();
        var theirs = icb.Page;
        await icb.SignInAsync(DemoUsers.IcbFinance);
        await icb.VisitAsync("/partnerships?search=dale+locality");
        await icb.ClickAsync(AriaRole.Link, Pool);
        await icb.ClickAsync(AriaRole.Link, "Contributions of each partner by year");
        // She keeps the ICB's records only, so the form is the ICB's without asking.
        Assert.Contains($"From {DemoUsers.Icb}.", await theirs.Locator("main form").Last.InnerTextAsync());
        await AddContributionAsync(icb, "Cash", "3,600,000", "NHS minimum contribution");
        var year = await theirs.Locator("[aria-label='Contributions for 2026/27']").InnerTextAsync();
        Assert.Contains("£6,000,000.00", year);
        Assert.Contains("£3,600,000.00", year);
        Assert.Contains("£9,600,000.00", year);

        // The council puts version 1 to the partners, and records its cabinet's approval.
        await council.VisitAsync(agreement);
        await council.ClickAsync(AriaRole.Button, "Put version 1 to the partners for sign-off");
        await council.ClickAsync(AriaRole.Link, "Each partner's budget proposal and your partner's decision");
        await RecordApprovalAsync(council, "Northshire County Council cabinet");
        Assert.Contains(
            $"{DemoUsers.Council}'s decision has been recorded",
            await page.Locator(".govuk-notification-banner").InnerTextAsync()
        );

        // The ICB records its board's approval for the ICB: the agreement is signed off and the pool agreed.
        await icb.VisitAsync(agreement);
        await icb.ClickAsync(AriaRole.Link, "Each partner's budget proposal and your partner's decision");
        await RecordApprovalAsync(icb, "NHS Northshire and Dale ICB board");
        Assert.Contains(
            "the agreement is signed off",
            await theirs.Locator(".govuk-notification-banner").InnerTextAsync()
        );
        var signOff = await theirs.Locator("[aria-label='Sign-off of the current version']").InnerTextAsync();
        Assert.Contains("Northshire County Council cabinet on 4 December 2026; recorded by Tom Evans", signOff);
        Assert.Contains("NHS Northshire and Dale ICB board on 4 December 2026; recorded by Nadia Begum", signOff);
        await icb.VisitAsync(partnership);
        Assert.Contains("Agreed", await theirs.Locator(".govuk-summary-list").InnerTextAsync());

        // 3. The council, as host, fills in the quarter's actuals on the template and imports it. October to
        // December: reablement £520,000, £530,000 and £510,000 against £500,000 a month (£60,000 over); discharge to
        // assess £310,000, £325,000 and £305,000 against £300,000 a month (£40,000 over).
        await council.VisitAsync(schemes);
        await council.ClickAsync(AriaRole.Button, "Import spend from a spreadsheet");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "CSV template for 2026/27" }).ClickAsync()
        );
        var folder = Directory.CreateTempSubdirectory("cc-bcf-");
        try
        {
            var template = Path.Combine(folder.FullName, download.SuggestedFilename);
            await download.SaveAsAsync(template);
            var lines = await File.ReadAllLinesAsync(template);
            Assert.Equal("Scheme,Month,Budget,Actual,Forecast", lines[0]);
            Assert.Equal(25, lines.Length);
            Assert.Contains($"{Discharge},2026-10,300000,,", lines);
            Assert.Contains($"{Reablement},2026-10,500000,,", lines);
            var actuals = new Dictionary<string, string>
            {
                [$"{Discharge},2026-10"] = "310000",
                [$"{Discharge},2026-11"] = "325000",
                [$"{Discharge},2026-12"] = "305000",
                [$"{Reablement},2026-10"] = "520000",
                [$"{Reablement},2026-11"] = "530000",
                [$"{Reablement},2026-12"] = "510000",
            };
            var quarter = lines
                .Skip(1)
                .Select(line => line.Split(','))
                .Where(cells => actuals.ContainsKey($"{cells[0]},{cells[1]}"))
                .Select(cells => $"{cells[0]},{cells[1]},{cells[2]},{actuals[$"{cells[0]},{cells[1]}"]},");
            var ledger = Path.Combine(folder.FullName, "q3-ledger.csv");
            await File.WriteAllLinesAsync(ledger, [lines[0], .. quarter]);
            await page.GetByLabel("Upload a file").SetInputFilesAsync(ledger);
            await council.ClickAsync(AriaRole.Button, "Import spending");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        Assert.Contains(
            "6 months of spending have been imported for 2 schemes: 0 new, 6 replaced, 0 unchanged",
            await page.Locator(".govuk-notification-banner--success").InnerTextAsync()
        );

        // 4. The variance: budgets £9,600,000, outturn £9,700,000, £100,000 over. By the agreed rule the first 1% of
        // the £9.6m pool (£96,000) is shared by contribution, council £6.0m / £9.6m = 62.5% (£60,000) and ICB £3.6m /
        // £9.6m = 37.5% (£36,000); the £4,000 above the cap falls to the council. Council £64,000.00, ICB £36,000.00.
        await council.VisitAsync(partnership);
        await council.ClickAsync(AriaRole.Link, "Variance and each partner's share");
        var byScheme = await page.Locator("[aria-label='Variance by scheme']").InnerTextAsync();
        Assert.Contains("£6,060,000.00", byScheme);
        Assert.Contains("£3,640,000.00", byScheme);
        Assert.Contains("£2,500,000.00", byScheme);
        Assert.Contains("£9,700,000.00", byScheme);
        var shares = await ShareRowsAsync(page);
        Assert.Equal("£64,000.00", shares[DemoUsers.Council]);
        Assert.Equal("£36,000.00", shares[DemoUsers.Icb]);
        Assert.Equal("£100,000.00", shares["Total"]);
        var working = await page.Locator("[aria-label=\"Each partner's share\"]").InnerTextAsync();
        Assert.Contains("62.5% of the £96,000 shared up to the 1% cap", working);
        Assert.Contains("plus the £4,000 above the cap", working);
        Assert.Contains("37.5% of the £96,000 shared up to the 1% cap", working);
        Assert.Contains(
            "Each partner's share of the £100,000.00 overspend",
            await page.Locator("[aria-label=\"Each partner's share\"] caption").InnerTextAsync()
        );

        // 5. The partners agree a national metric and the council records November's discharge delays.
        await council.VisitAsync(partnership);
        await council.ClickAsync(AriaRole.Link, $"See the measures and their values of {Pool}");
        await council.ClickAsync(AriaRole.Button, "Add the Better Care Fund's national metrics");
        Assert.Contains("Discharge delays", await page.Locator("main table").First.InnerTextAsync());
        await council.ClickAsync(AriaRole.Link, "Discharge delays");
        var measure = new Uri(page.Url).AbsolutePath;
        await council.ClickAsync(AriaRole.Button, "Change the measure");
        await page.GetByLabel("Baseline (optional)").FillAsync("1.8");
        await page.GetByLabel("Target (optional)").FillAsync("1.2");
        await council.ClickAsync(AriaRole.Button, "Save changes");
        await council.VisitAsync(measure);
        await page.GetByLabel("Period", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "November 2026" });
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("1.4");
        await council.ClickAsync(AriaRole.Button, "Save value");
        Assert.Equal(
            "One value so far: 1.4 days for November 2026. The target is 1.2 days, and lower is better: better than "
                + "baseline, short of target.",
            (await page.Locator("#measure-summary").InnerTextAsync()).Trim()
        );
        Assert.Contains("Tom Evans", await page.Locator("[aria-label='Values'] table").InnerTextAsync());

        // 6. The evaluation, written with each partner's impact and shared with the decision makers and stakeholders.
        await council.VisitAsync(partnership);
        await council.ClickAsync(AriaRole.Link, $"See the evaluations of {Pool}");
        await council.ClickAsync(AriaRole.Button, "Start an evaluation");
        await page.GetByLabel("Title").FillAsync("Quarter 3 review 2026/27");
        await FillDateAsync(page, "The period it looks at: from (optional)", 1, 4, 2026);
        await FillDateAsync(page, "To (optional)", 31, 12, 2026);
        await council.ClickAsync(AriaRole.Button, "Start evaluation");
        var evaluation = new Uri(page.Url).AbsolutePath;
        await council.ClickAsync(AriaRole.Button, "Write the evaluation");
        await page.GetByRole(AriaRole.Group, new() { Name = $"{DemoUsers.Council}: how its outcomes have changed" })
            .GetByLabel("Outcomes are better")
            .CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = $"{DemoUsers.Icb}: how its outcomes have changed" })
            .GetByLabel("Too soon to tell")
            .CheckAsync();
        await page.GetByLabel("How well pooling worked (optional)")
            .FillAsync(
                "One reablement team took referrals from both partners; spending ran £100,000 over in the quarter."
            );
        await page.GetByLabel("The results in plain words (optional)")
            .FillAsync("People waited less to leave hospital. The partners will share the extra cost.");
        await council.ClickAsync(AriaRole.Button, "Save");
        await council.VisitAsync(evaluation);
        var written = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Discharge delays", written);
        Assert.Contains("Better than baseline, short of target", written);
        Assert.Contains($"{DemoUsers.Council}\tOutcomes are better", written);
        Assert.Contains($"{DemoUsers.Icb}\tToo soon to tell", written);
        await ShareAsync(council, "Northshire Health and Wellbeing Board", "At a meeting", "Word document");
        await ShareAsync(council, "Northshire Carers' Forum", "By email", "Easy read");
        var told = await page.Locator("[aria-label='Who the results were shared with']").InnerTextAsync();
        Assert.Contains("Northshire Health and Wellbeing Board\tAt a meeting\tWord document\t4 December 2026", told);
        Assert.Contains("Northshire Carers' Forum\tBy email\tEasy read\t4 December 2026", told);
        Assert.Contains("recorded by Tom Evans", told);

        // 7. The ICB reads the pool: its contribution, its share of the overspend and the evaluation.
        await icb.VisitAsync("/partnerships?search=dale+locality");
        await icb.ClickAsync(AriaRole.Link, Pool);
        await icb.ClickAsync(AriaRole.Link, "Contributions of each partner by year");
        Assert.Contains("NHS minimum contribution", await theirs.Locator("main").InnerTextAsync());
        await icb.VisitAsync(partnership);
        await icb.ClickAsync(AriaRole.Link, "Variance and each partner's share");
        var icbShares = await ShareRowsAsync(theirs);
        Assert.Equal("£36,000.00", icbShares[DemoUsers.Icb]);
        Assert.Equal("£64,000.00", icbShares[DemoUsers.Council]);
        await icb.VisitAsync(partnership);
        await icb.ClickAsync(AriaRole.Link, $"See the evaluations of {Pool}");
        await icb.ClickAsync(AriaRole.Link, "Quarter 3 review 2026/27");
        Assert.Contains(
            "Northshire Health and Wellbeing Board",
            await theirs.Locator("[aria-label='Who the results were shared with']").InnerTextAsync()
        );
        await icb.ClickAsync(AriaRole.Link, "easy-read version");
        Assert.Contains("People waited less to leave hospital.", await theirs.Locator("main").InnerTextAsync());

        // The council's board member reads the signed-off agreement and the evaluation the board was given.
        await using var board = await browser.NewPageAsync();
        await board.SignInAsync(Role.DecisionMaker);
        await board.VisitAsync("/partnerships?search=dale+locality");
        await board.ClickAsync(AriaRole.Link, Pool);
        await board.ClickAsync(AriaRole.Link, "Agreement: terms, negotiation and each partner's sign-off");
        Assert.Contains(
            "Version 1: Signed off by every partner",
            await board.Page.Locator(".govuk-summary-list").InnerTextAsync()
        );
        Assert.Equal(0, await board.Page.GetByRole(AriaRole.Link, new() { Name = "Change the terms" }).CountAsync());
        await board.VisitAsync(evaluation);
        var read = await board.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Northshire Health and Wellbeing Board", read);
        Assert.Contains("One reablement team took referrals from both partners", read);
        Assert.Equal(0, await board.Page.GetByRole(AriaRole.Button, new() { Name = "Record sharing" }).CountAsync());
    }

    private static async Task AddContributionAsync(BrowserPage tab, string kind, string amount, string what)
    {
        var page = tab.Page;
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Amount").FillAsync(amount);
        await page.GetByLabel("What it is").FillAsync(what);
        await tab.ClickAsync(AriaRole.Button, "Add contribution");
        await page.Locator(".govuk-notification-banner").WaitForAsync();
    }

    private static async Task AddSchemeAsync(BrowserPage tab, string name, string type, string lead, string planned)
    {
        var page = tab.Page;
        await tab.ClickAsync(AriaRole.Button, "Add a scheme");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Type of scheme").SelectOptionAsync(new SelectOptionValue { Label = type });
        await page.GetByRole(AriaRole.Group, new() { Name = "Lead partner" }).GetByLabel(lead).CheckAsync();
        await page.GetByLabel("Financial year").SelectOptionAsync(new SelectOptionValue { Label = "2026/27" });
        await page.GetByLabel("Planned spend for the year (optional)").FillAsync(planned);
        await tab.ClickAsync(AriaRole.Button, "Add scheme");
        Assert.Contains(
            $"The scheme '{name}' has been added",
            await page.Locator(".govuk-notification-banner").InnerTextAsync()
        );
    }

    private static async Task RecordApprovalAsync(BrowserPage tab, string who)
    {
        var page = tab.Page;
        await page.GetByLabel("Who decided").FillAsync(who);
        await page.GetByLabel("Approved", new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "Date of the decision", 4, 12, 2026);
        await tab.ClickAsync(AriaRole.Button, "Record decision");
    }

    private static async Task ShareAsync(BrowserPage tab, string audience, string how, string format)
    {
        var page = tab.Page;
        await page.GetByLabel("Who they were shared with").FillAsync(audience);
        await page.GetByLabel(how).CheckAsync();
        await page.GetByLabel(format, new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "Date shared", 4, 12, 2026);
        await tab.ClickAsync(AriaRole.Button, "Record sharing");
        await page.Locator(".govuk-notification-banner").WaitForAsync();
    }

    /// <summary>Each row of the variance page's share table: the partner (or "Total") and the share shown.</summary>
    private static async Task<Dictionary<string, string>> ShareRowsAsync(IPage page)
    {
        var rows = page.Locator("[aria-label=\"Each partner's share\"] tbody tr");
        var shares = new Dictionary<string, string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            shares[(await row.Locator("th").InnerTextAsync()).Trim()] = (
                await row.Locator("td").Nth(1).InnerTextAsync()
            ).Trim();
        }
        return shares;
    }

    private static async Task FillDateAsync(IPage page, string legend, int day, int month, int year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day.ToString());
        await group.GetByLabel("Month").FillAsync(month.ToString());
        await group.GetByLabel("Year").FillAsync(year.ToString());
    }
}
