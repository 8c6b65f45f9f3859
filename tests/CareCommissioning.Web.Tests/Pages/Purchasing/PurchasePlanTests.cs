using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Pages.Purchasing.Plan;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

public sealed class PurchasePlanTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<Guid> HeadAsync()
    {
        await using var scope = app.Scope(out var db);
        return (await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP")).Id;
    }

    [Fact]
    [Trait("Criterion", "PU-P1")]
    [Trait("Criterion", "PU-P2")]
    [Trait("Criterion", "PU-P3")]
    [Trait("Criterion", "PU-P4")]
    [Trait("Criterion", "PU-P6")]
    [Trait("Criterion", "PU-P7")]
    [Trait("Criterion", "PU-P8")]
    public async Task Purchaser_PlansAPurchase_ChecksTheAnswers_AndSubmits()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var id = await PurchaseSteps.StartAsync(client);
        await PurchaseSteps.PlanAsync(client, id, await HeadAsync(), value: "1500", includesVat: "no");

        // £1,500 plus VAT is £1,800, under the £5,000 band: one quote.
        var route = await client.GetDocumentAsync($"/purchasing/{id}/route");
        Assert.Contains("Single quote", route.QuerySelector(".govuk-inset-text")!.TextContent);
        Assert.Contains("£1,800", route.QuerySelector(".govuk-inset-text")!.TextContent);

        // Whole-life cost: 1,500 now, 100 maintenance in each of years 1–5 and 50 disposal in year 5, at 3.5% a year:
        // 1,500 + 100 × (0.966184 + 0.933511 + 0.901943 + 0.871442 + 0.841973) + 50 × 0.841973 = 1,993.60.
        var cost = await client.GetDocumentAsync($"/purchasing/{id}/cost");
        Assert.Contains("£2,050.00 over 5 years; £1,993.60 in today's money", cost.QuerySelector("main")!.TextContent);
        var lastYear = cost.QuerySelectorAll("tbody tr").Last().Children.Select(c => c.TextContent.Trim());
        Assert.Equal(["5", "£150.00", "0.841973", "£126.30"], lastYear); // (100 + 50) × 0.841973

        var check = await client.GetDocumentAsync($"/purchasing/{id}/check");
        var rows = check
            .QuerySelectorAll(".govuk-summary-list__row")
            .ToDictionary(
                r => r.QuerySelector("dt")!.TextContent.Trim(),
                r => r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim()
            );
        Assert.Equal("33192000-2 Medical furniture", rows["CPV code"]);
        // Why it is needed, against what the organisation funds (PU-P3); who else buys it and who is involved (PU-P2).
        Assert.Equal("Safe discharge home for two people in reablement", rows["Outcome or service it supports"]);
        Assert.Equal("None found: asked the ICB equipment service", rows["Others buying the same"]);
        Assert.Equal("Yes: Both people will try the beds first", rows["People who use the service involved"]);
        Assert.Equal("£1,500.00 plus VAT", rows["Estimated value"]);
        Assert.StartsWith("£2,050.00 over 5 years", rows["Whole-life cost"]); // 1,500 + 5 × 100 + 50
        Assert.Equal("Single quote (rules version 1)", rows["Route the rules recommend"]);
        Assert.Equal(
            "whole-life cost 40, quality 40, sustainability 10, social value 10",
            rows["Criteria for choosing the supplier"]
        );
        // How the purchaser will judge the buying itself afterwards (PU-P8): chosen on the criteria page.
        Assert.Equal(
            "Days from request to order (target 10); Compliance with the purchasing rules (target 1)",
            rows["Criteria for judging the process"]
        );

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostPurchaseAsync($"/purchasing/{id}/check", new Form())).StatusCode
        );
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.PurchaseRequests.SingleAsync(p => p.Id == id);
            Assert.Equal(PurchaseStatus.Submitted, saved.Status);
            Assert.Equal(1, saved.RuleSetVersion);
            Assert.Equal(PurchaseRoute.SingleQuote, saved.RecommendedRoute);
        }

        // A submitted plan cannot be changed.
        var change = await client.PostPurchaseAsync(
            $"/purchasing/{id}",
            PurchaseSteps.What(description: "Something else"),
            $"/purchasing/{id}/what"
        );
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains("cannot be changed", (await HtmlClient.ParseAsync(change)).ErrorSummary()[0]);
    }

    [Fact]
    [Trait("Criterion", "PU-P1")]
    public async Task BadAnswers_AreRefused_WithTheAnswersKept_AndNothingSaved()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var past = app.Today.AddDays(-3);
        var response = await client.PostFormAsync(
            "/purchasing/start",
            PurchaseSteps.What(cpv: "33192000-9", quantity: "0", needed: past)
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal(
            [
                "The last digit of 33192000-9 is wrong: the CPV code for 'Medical furniture' is 33192000-2",
                "Quantity must be more than 0",
                "The date you need it by must be today or in the future",
            ],
            doc.ErrorSummary()
        );
        Assert.Equal("33192000-9", doc.FieldValue("Input.Category"));
        await using (var scope = app.Scope(out var db))
            Assert.False(
                await db.PurchaseRequests.AnyAsync(p =>
                    p.Description == "Two profiling beds with pressure-relieving mattresses" && p.Quantity == 0
                )
            );

        var id = await PurchaseSteps.StartAsync(client, PurchaseSteps.What(description: "Weights that do not add up"));
        var weights = await client.PostPurchaseAsync(
            $"/purchasing/{id}/criteria",
            new Form()
                .Set("Input.WholeLifeCost", "50")
                .Set("Input.Quality", "30")
                .Set("Input.CostScoring", "Lowest")
                .With("Input.Measures", "RuleCompliance")
        );
        Assert.Equal(HttpStatusCode.BadRequest, weights.StatusCode);
        var errors = (await HtmlClient.ParseAsync(weights)).ErrorSummary();
        Assert.Contains("The weights must total 100; they total 80", errors);

        var cost = await client.PostPurchaseAsync(
            $"/purchasing/{id}/cost",
            new Form().Set("Input.EstimatedValue", "-5").Set("Input.IncludesVat", "yes").Set("Input.LifeYears", "80")
        );
        Assert.Equal(HttpStatusCode.BadRequest, cost.StatusCode);
        Assert.Contains("Life must be between 1 and 50 years", (await HtmlClient.ParseAsync(cost)).ErrorSummary());

        // Submitting an unfinished plan lists what is missing, each linked to its question page.
        var submit = await client.PostPurchaseAsync($"/purchasing/{id}/check", new Form());
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        var checkPage = await HtmlClient.ParseAsync(submit);
        var links = checkPage.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/purchasing/{id}/justification?returnTo=check", links);
        Assert.Contains($"/purchasing/{id}/criteria?returnTo=check", links);
        // In the order of the question pages, as the answers are listed (GOV.UK: errors in the order they appear).
        var order = links
            .Select(l => PlanSteps.All.ToList().FindIndex(s => l!.Contains(s.Slug + "?", StringComparison.Ordinal)))
            .ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        // The summary is the shared tag helper's GOV.UK markup, and every problem is listed (none is repeated inline on
        // this page).
        Assert.Equal(
            "There is a problem",
            checkPage
                .QuerySelector(
                    ".govuk-error-summary[data-module=govuk-error-summary] > div[role=alert] > h2.govuk-error-summary__title"
                )!
                .TextContent
        );
        Assert.Equal(links.Count, checkPage.QuerySelectorAll(".govuk-error-summary__list > li > a").Length);
        Assert.True(
            links.Count > links.Distinct().Count(),
            "a question page with several problems is linked once a problem"
        );
        Assert.StartsWith("Error: ", checkPage.Title);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(PurchaseStatus.Draft, (await db.PurchaseRequests.SingleAsync(p => p.Id == id)).Status);
    }

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public async Task ValueChangedFromCheckYourAnswers_TheRouteIsWorkedOutAgain_BeforeSubmitting()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var id = await PurchaseSteps.StartAsync(
            client,
            PurchaseSteps.What(description: "Beds whose price went up after the first plan")
        );
        await PurchaseSteps.PlanAsync(client, id, await HeadAsync(), value: "1500", includesVat: "no");
        var before = await client.GetDocumentAsync($"/purchasing/{id}/check");
        Assert.Equal("Single quote (rules version 1)", SummaryRows(before)["Route the rules recommend"]);

        // The value is changed from "Check your answers": £12,000 is above the £5,000 band, so the rules now ask for
        // written quotes.
        var changed = await client.PostPurchaseAsync(
            $"/purchasing/{id}/cost?returnTo=check",
            new Form()
                .Set("Input.EstimatedValue", "12,000")
                .Set("Input.IncludesVat", "yes")
                .Set("Input.PurchasePrice", "12000")
                .Set("Input.LifeYears", "5")
        );
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = SummaryRows(await client.GetDocumentAsync($"/purchasing/{id}/check"));
        Assert.Equal("Written quotes (rules version 1)", after["Route the rules recommend"]);
        // The route chosen had followed the recommendation, so it follows the new one rather than becoming an
        // unexplained departure.
        Assert.Equal("Written quotes", after["Route chosen"]);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostPurchaseAsync($"/purchasing/{id}/check", new Form())).StatusCode
        );
        await using var scope = app.Scope(out var db);
        var saved = await db.PurchaseRequests.SingleAsync(p => p.Id == id);
        Assert.Equal(PurchaseStatus.Submitted, saved.Status);
        Assert.Equal(PurchaseRoute.WrittenQuotes, saved.RecommendedRoute);
        Assert.Equal(PurchaseRoute.WrittenQuotes, saved.ChosenRoute);
        Assert.Equal(3, saved.QuotesRequired);
    }

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public async Task DepartureChosenWithAReason_IsKept_WhenTheValueChanges()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var id = await PurchaseSteps.StartAsync(
            client,
            PurchaseSteps.What(description: "Beds bought from the only maker of this size")
        );
        await PurchaseSteps.PlanAsync(client, id, await HeadAsync(), value: "1500", includesVat: "no");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostPurchaseAsync(
                    $"/purchasing/{id}/cost",
                    new Form()
                        .Set("Input.EstimatedValue", "12,000")
                        .Set("Input.IncludesVat", "yes")
                        .Set("Input.PurchasePrice", "12000")
                        .Set("Input.LifeYears", "5")
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostPurchaseAsync(
                    $"/purchasing/{id}/route",
                    new Form()
                        .Set("Input.ChosenRoute", "SingleQuote")
                        .Set("Input.DepartureReason", "Only one supplier makes beds this size")
                )
            ).StatusCode
        );

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostPurchaseAsync(
                    $"/purchasing/{id}/cost?returnTo=check",
                    new Form()
                        .Set("Input.EstimatedValue", "20,000")
                        .Set("Input.IncludesVat", "yes")
                        .Set("Input.PurchasePrice", "20000")
                        .Set("Input.LifeYears", "5")
                )
            ).StatusCode
        );
        var rows = SummaryRows(await client.GetDocumentAsync($"/purchasing/{id}/check"));
        Assert.Equal("Single quote. Reason: Only one supplier makes beds this size", rows["Route chosen"]);
        Assert.StartsWith("Written quotes", rows["Route the rules recommend"]);
    }

    private static Dictionary<string, string> SummaryRows(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll(".govuk-summary-list__row")
            .ToDictionary(
                r => r.QuerySelector("dt")!.TextContent.Trim(),
                r => r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim()
            );

    [Fact]
    [Trait("Criterion", "PU-P4")]
    [Trait("Criterion", "PU-P5")]
    public async Task AboveTheBand_TheRulesRecommendMoreQuotes_AndADifferentRouteNeedsAReason()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await PurchaseSteps.StartAsync(
            client,
            PurchaseSteps.What(description: "Equipment for daily living for a new day centre", cpv: "33196200-2")
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostPurchaseAsync(
                    $"/purchasing/{id}/cost",
                    new Form()
                        .Set("Input.EstimatedValue", "12,000")
                        .Set("Input.IncludesVat", "yes")
                        .Set("Input.PurchasePrice", "12000")
                        .Set("Input.LifeYears", "7")
                )
            ).StatusCode
        );
        var route = await client.GetDocumentAsync($"/purchasing/{id}/route");
        Assert.Contains("Written quotes, 3 quotes", route.QuerySelector(".govuk-inset-text")!.TextContent);
        // The demo register approves Northshire Mobility as preferred supplier of devices for the disabled (PU-P5).
        Assert.Contains("Northshire Mobility Ltd", route.QuerySelectorAll("main li").Select(l => l.TextContent.Trim()));

        var noReason = await client.PostPurchaseAsync(
            $"/purchasing/{id}/route",
            new Form().Set("Input.ChosenRoute", "SingleQuote")
        );
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(
            ["Give the reason for choosing a different route from the one recommended"],
            (await HtmlClient.ParseAsync(noReason)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostPurchaseAsync(
                    $"/purchasing/{id}/route",
                    new Form()
                        .Set("Input.ChosenRoute", "SingleQuote")
                        .Set("Input.DepartureReason", "Only one supplier makes beds this size")
                )
            ).StatusCode
        );
    }

    [Fact]
    public async Task OthersPurchases_AreHidden_ButSpecialistsSeeThem()
    {
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var id = await PurchaseSteps.StartAsync(purchaser, PurchaseSteps.What(description: "A private request"));
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.GetAsync($"/purchasing/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.GetAsync($"/purchasing/{id}/what")).StatusCode);
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        Assert.Equal(HttpStatusCode.OK, (await specialist.GetAsync($"/purchasing/{id}")).StatusCode);
        var edit = await specialist.PostFormAsync(
            $"/purchasing/{id}",
            PurchaseSteps.What(description: "Changed by someone else"),
            $"/purchasing/{id}/what"
        );
        Assert.Equal("/account/access-denied", edit.Headers.Location!.AbsolutePath);
        var provider = await app.SignedInAs(Role.Provider);
        Assert.NotEqual(HttpStatusCode.OK, (await provider.GetAsync("/purchasing")).StatusCode);
        var mine = await purchaser.GetDocumentAsync("/purchasing");
        Assert.Contains("A private request", mine.QuerySelector("main")!.TextContent);
    }
}
