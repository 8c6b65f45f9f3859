using System.Globalization;
using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Evaluations;

/// <summary>
/// Issue 15 end to end, found by clicking from the service navigation: a commissioner evaluates the demo Carers
/// Strategy with the ICB (through the Better Care Fund partnership) and Northshire Voluntary Action; draws evidence
/// from a contract's monitoring; agrees the process and criteria, records findings and the equality screening, and
/// issues the draft report. The stakeholder and the partner each send feedback on it; the commissioner replies. When
/// the feedback period has closed (the app's clock moved on) the final report is agreed, recommending a full
/// evaluation: its status, plan and wider aims, two impacts on the evidence, a recommendation that is agreed and starts
/// a new options appraisal (whose page names the recommendation), an action with the risks of acting and not acting,
/// and completion, which schedules the next evaluation; on that date the reminder reaches the commissioner's messages.
/// Every page passes axe and the GOV.UK checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class StrategyEvaluationJourneyTests(BrowserFixture browser)
{
    private const string Title = "Carers Strategy: evaluation 2026";
    private const string Recommendation = "Let carers book breaks themselves, online or by phone, at any hour";

    [Fact]
    [Trait("Criterion", "EV-P1")]
    [Trait("Criterion", "EV-P7")]
    [Trait("Criterion", "EV-P9")]
    [Trait("Criterion", "EV-P10")]
    [Trait("Criterion", "EV-P15")]
    [Trait("Criterion", "EV-P17")]
    [Trait("Criterion", "EV-P20")]
    [Trait("Criterion", "EV-P21")]
    public async Task ACommissionerPartnerAndStakeholder_EvaluateAStrategy_AndItStartsTheNextAppraisal()
    {
        try
        {
            await RunAsync();
        }
        finally
        {
            browser.App.Clock.Offset = TimeSpan.Zero;
        }
    }

    private async Task RunAsync()
    {
        await using var commissioner = await browser.NewPageAsync();
        var page = commissioner.Page;
        await commissioner.SignInAsync(Role.Commissioner);

        // The strategy, from the library.
        await commissioner.FollowAsync(Nav(page, "Strategies"));
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = DemoStrategies.Carers }));
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start an evaluation" }));
        await page.GetByLabel("Title of the evaluation").FillAsync(Title);
        await page.GetByLabel("What it is about, for the people taking part")
            .FillAsync("We want to learn whether carers get breaks when they need them, and what would help.");
        await page.GetByLabel("Partnership (if it is a joint evaluation)")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoPartnership.Name });
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start the evaluation" }));
        Assert.Contains(Title, await page.Locator("h1").InnerTextAsync());
        var evaluation = new Uri(page.Url).AbsolutePath;

        await commissioner.FollowAsync(Task(page, "Organisations taking part"));
        await page.GetByLabel(DemoUsers.Voluntary).CheckAsync();
        Assert.True(await page.GetByLabel(DemoUsers.Icb).IsCheckedAsync());
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save who takes part" }));

        // Evidence drawn from a contract's monitoring.
        await commissioner.FollowAsync(Task(page, "Evidence from monitoring"));
        await commissioner.FollowAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Draw evidence from monitoring" })
        );
        await page.GetByLabel("Contract", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Draw from the contract" }));
        Assert.Contains("Contract monitoring", await MainText(page));
        await commissioner.VisitAsync(evaluation);

        // The preliminary assessment.
        await commissioner.FollowAsync(Task(page, "Process and criteria"));
        await page.GetByLabel("Process", new() { Exact = true })
            .FillAsync("A workshop with the carers' forum and the ICB, and the monitoring of the breaks contracts");
        await page.GetByLabel("Criteria", new() { Exact = true })
            .FillAsync("Carers get a break when they need one\nCarers are assessed within 28 days");
        await page.GetByLabel("Agreed with").FillAsync("NHS Northshire and Dale ICB; Northshire Voluntary Action");
        await DateAsync(page, "Date agreed", Today());
        await commissioner.FollowAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Save the process and criteria" })
        );

        await commissioner.FollowAsync(Task(page, "Findings against the criteria"));
        await page.GetByLabel("Carers get a break when they need one")
            .FillAsync("Two in five carers waited over a month for a break");
        await page.GetByLabel("Carers are assessed within 28 days").FillAsync("Most assessments were on time");
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the findings" }));

        await commissioner.FollowAsync(Task(page, "Equality screening"));
        foreach (
            var group in await page.GetByRole(AriaRole.Group, new() { NameRegex = new("^Likely effect") }).AllAsync()
        )
            await group.GetByLabel("Neutral", new() { Exact = true }).CheckAsync();
        await Radio(page, "Likely effect: Carers (added locally)", "Positive");
        await page.GetByLabel("Why: Carers (added locally)").FillAsync("Breaks are what carers asked for");
        await Radio(page, "Is a full equality impact assessment needed?", "No");
        await page.GetByLabel("Conclusion of the screening")
            .FillAsync("No group is treated less well; carers gain most");
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the equality screening" }));

        var closes = Today().AddDays(14);
        await commissioner.FollowAsync(Task(page, "Draft report"));
        await page.GetByLabel("Findings of the preliminary assessment")
            .FillAsync("Breaks are hard to get at short notice; assessments are mostly on time.");
        await Radio(page, "Does the report recommend a full evaluation?", "Yes, a full evaluation is recommended");
        await page.GetByLabel("Why", new() { Exact = true })
            .FillAsync("The breaks service costs £1.2m a year and carers say it does not work for them");
        await DateAsync(page, "Date feedback closes", closes);
        await commissioner.FollowAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Issue the draft for feedback" })
        );

        // The stakeholder, from "Have your say".
        await using (var stakeholder = await browser.NewPageAsync())
        {
            var theirs = stakeholder.Page;
            await stakeholder.SignInAsync(Role.Stakeholder);
            await stakeholder.FollowAsync(Nav(theirs, "Have your say"));
            await stakeholder.FollowAsync(theirs.GetByRole(AriaRole.Link, new() { Name = Title }));
            await stakeholder.FollowAsync(theirs.GetByRole(AriaRole.Link, new() { Name = "Read it in easy read" }));
            await theirs.GoBackAsync();
            await Radio(theirs, "What are you sending?", "Feedback on the draft report");
            await theirs
                .GetByLabel("Your view")
                .FillAsync("Booking a break takes three phone calls. Let us book online.");
            await stakeholder.FollowAsync(theirs.GetByRole(AriaRole.Button, new() { Name = "Send your view" }));
            Assert.Contains("Booking a break takes three phone calls", await MainText(theirs));
        }

        // The partner, from the evaluations list.
        await using (var partner = await browser.NewPageAsync())
        {
            var theirs = partner.Page;
            await partner.SignInAsync(Role.CommissioningPartner);
            await partner.FollowAsync(Nav(theirs, "Evaluations"));
            await partner.FollowAsync(theirs.GetByRole(AriaRole.Link, new() { Name = Title }));
            await partner.FollowAsync(
                theirs.GetByRole(AriaRole.Link, new() { Name = "Take part: see what is shared and send your views" })
            );
            await Radio(theirs, "What are you sending?", "Feedback on the draft report");
            await theirs.GetByLabel("Your view").FillAsync("Add the hospital discharge carers' breaks to the scope.");
            await partner.FollowAsync(theirs.GetByRole(AriaRole.Button, new() { Name = "Send your view" }));
        }

        await commissioner.VisitAsync(evaluation);
        await commissioner.FollowAsync(Task(page, "Feedback and replies"));
        var main = await MainText(page);
        Assert.Contains("Booking a break takes three phone calls", main);
        Assert.Contains("hospital discharge", main);
        var toStakeholder = page.GetByRole(
            AriaRole.Button,
            new() { Name = "Reply to " + DemoUsers.For(Role.Stakeholder).DisplayName }
        );
        await page.Locator("form", new() { Has = toStakeholder })
            .GetByLabel("Your reply, saying what the view changed")
            .FillAsync("Thank you: online booking is now one of the options the full evaluation will look at.");
        await commissioner.FollowAsync(toStakeholder);
        Assert.Contains("online booking is now one of the options", await MainText(page));

        // The feedback period closes: the final report is agreed, and the full evaluation starts.
        browser.App.Clock.Offset = TimeSpan.FromDays(15);
        await commissioner.SignInAsync(Role.Commissioner);
        await commissioner.VisitAsync(evaluation);
        await commissioner.FollowAsync(Task(page, "Final report"));
        await page.GetByLabel("Agreed by").FillAsync("The Better Care Fund board");
        await DateAsync(page, "Date agreed", Today());
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Agree the final report" }));
        Assert.Contains("Full evaluation", await MainText(page));

        await commissioner.FollowAsync(Task(page, "Agree its status"));
        await Radio(page, "Status in the organisation", "Joint evaluation with partners");
        await page.GetByLabel("Senior sponsor").FillAsync("Director of Adult Social Care");
        await page.GetByLabel("Who agreed the status").FillAsync("The Better Care Fund board");
        await DateAsync(page, "Date it was agreed", Today());
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the status" }));

        await commissioner.FollowAsync(Task(page, "Plan the evaluation"));
        await page.GetByLabel("Scope", new() { Exact = true }).FillAsync("Breaks for carers of adults, 2023 to 2026");
        await page.GetByLabel("Impact evaluation").CheckAsync();
        await page.GetByLabel("Indicators", new() { Exact = true })
            .FillAsync("Days waited for a break; carers' quality of life score");
        await DateAsync(page, "Date the evaluation starts", Today());
        await DateAsync(page, "Date it reports by", Today().AddMonths(3));
        await page.GetByLabel("Who", new() { Exact = true }).First.FillAsync("Carers' forum");
        await page.GetByLabel("Responsible for").First.FillAsync("Interviews with carers");
        await page.GetByLabel("Who the plan was developed with").FillAsync("The carers' forum and the ICB");
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }));

        await commissioner.FollowAsync(Task(page, "Analyse the effect on wider aims"));
        await page.GetByLabel("The aim").First.FillAsync("People live independently at home for longer");
        await Radio(page, "The strategy's effect on it", "Helps achieve it");
        await page.GetByLabel("Your analysis").First.FillAsync("Breaks keep carers caring, so people stay at home");
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the analysis" }));

        await commissioner.FollowAsync(Task(page, "Record the impacts"));
        await AddImpactAsync(commissioner, "Carers wait over a month for a break", "Negative", "Short term");
        await AddImpactAsync(commissioner, "Carers keep caring for longer", "Positive", "Long term");
        Assert.Contains("Carers wait over a month for a break", await MainText(page));
        Assert.Equal(1, await page.Locator("svg[role='img']").CountAsync());

        // The recommendation, agreed, starts the next options appraisal.
        await commissioner.VisitAsync(evaluation);
        await commissioner.FollowAsync(Task(page, "Make recommendations"));
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add a recommendation" }));
        await page.GetByLabel("The recommendation").FillAsync(Recommendation);
        await page.GetByLabel("Why", new() { Exact = true })
            .FillAsync("The longest waits come from booking by phone in office hours");
        await page.GetByRole(AriaRole.Group, new() { Name = "Impacts" })
            .GetByLabel("Carers wait over a month for a break")
            .CheckAsync();
        await page.GetByLabel("Who it was developed with").FillAsync("The carers' forum workshop");
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the recommendation" }));
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Record the decision" }));
        await Radio(page, "Was it agreed?", "Agreed");
        await page.GetByLabel("Who decided it").FillAsync("The Better Care Fund board");
        await DateAsync(page, "Date it was decided", Today());
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }));

        await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Plan an action" }));
        await page.GetByLabel("The action", new() { Exact = true })
            .FillAsync("Appraise the options for booking breaks online");
        await page.GetByLabel("Who owns it").FillAsync("Priya Shah, Commissioning Manager");
        await DateAsync(page, "Date it is due", Today().AddMonths(2));
        await page.GetByLabel("What could go wrong if we take the action")
            .FillAsync("Carers without the internet are left behind");
        await page.GetByLabel("What could go wrong if we do not take the action")
            .FillAsync("Carers give up caring and people go into care homes");
        foreach (var group in await page.GetByRole(AriaRole.Group, new() { Name = "How likely it is" }).AllAsync())
            await group.GetByLabel("3", new() { Exact = false }).First.CheckAsync();
        foreach (
            var group in await page.GetByRole(AriaRole.Group, new() { Name = "The impact if it happens" }).AllAsync()
        )
            await group.GetByLabel("3", new() { Exact = false }).First.CheckAsync();
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Plan the action" }));

        await commissioner.FollowAsync(
            page.GetByRole(AriaRole.Link, new() { Name = "Start an appraisal or a change from it" })
        );
        await Radio(page, "What does it start?", "A new options appraisal");
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start it" }));
        Assert.Contains("/appraisals/", page.Url);
        Assert.Contains(Recommendation, await page.Locator(".app-started-by").InnerTextAsync());

        // Completing it schedules the next evaluation; the reminder fires on its date.
        await commissioner.VisitAsync(evaluation);
        await commissioner.FollowAsync(Task(page, "Complete the evaluation"));
        await page.GetByLabel("Conclusion and lessons learnt")
            .FillAsync("Carers value breaks but cannot book them; booking must change");
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Complete the evaluation" }));
        var due = Today().AddMonths(12);
        await commissioner.FollowAsync(Nav(page, "Strategies"));
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = DemoStrategies.Carers }));
        Assert.Contains(DateText.Format(due), await MainText(page));

        browser.App.Clock.Offset += TimeSpan.FromDays(due.DayNumber - Today().DayNumber);
        Assert.Equal(due, Today());
        await using (var scope = browser.App.Services.CreateAsyncScope())
            foreach (var check in scope.ServiceProvider.GetServices<IReminderCheck>())
                await check.RemindAsync(browser.App.Clock.GetUtcNow());
        await commissioner.SignInAsync(Role.Commissioner);
        await commissioner.FollowAsync(Nav(page, "Messages"));
        Assert.Contains($"Evaluation of {DemoStrategies.Carers} is due", await MainText(page));
    }

    private static async Task AddImpactAsync(BrowserPage commissioner, string title, string direction, string term)
    {
        var page = commissioner.Page;
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add an impact" }));
        await page.GetByLabel("The impact", new() { Exact = true }).FillAsync(title);
        await Radio(page, "Positive or negative", direction);
        await Radio(page, "Short or long term", term);
        await Radio(page, "How important it is, relative to the other impacts", "High importance");
        await Radio(page, "How certain the evidence makes it", "Fairly certain");
        await page.GetByLabel("Who it affects").FillAsync("Carers of adults");
        await page.GetByLabel("Who it was identified and judged with").FillAsync("The carers' forum workshop");
        await page.GetByRole(AriaRole.Group, new() { Name = "Evidence" })
            .GetByRole(AriaRole.Checkbox)
            .First.CheckAsync();
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the impact" }));
    }

    private DateOnly Today() => UkCalendar.Today(browser.App.Clock);

    private static ILocator Nav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
            .GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static ILocator Task(IPage page, string name) =>
        page.Locator(".govuk-task-list").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static Task Radio(IPage page, string legend, string choice) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true })
            .GetByLabel(choice, new() { Exact = true })
            .First.CheckAsync();

    private static async Task DateAsync(IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static Task<string> MainText(IPage page) => page.Locator("main").InnerTextAsync();
}
