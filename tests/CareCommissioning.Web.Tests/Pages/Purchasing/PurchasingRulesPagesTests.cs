using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>
/// The purchasing rules pages: the rules in force with bands, limits and the statutory thresholds; every version; a new
/// version made by an administrator or specialist (refused field by field when wrong, with nothing saved); and the
/// route checker.
/// </summary>
public sealed class PurchasingRulesPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DateOnly Today => app.Today;

    private async Task<int> VersionCountAsync()
    {
        await using var scope = app.Scope(out var db);
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        return await db.PurchasingRuleSets.CountAsync(r => r.OrganisationId == council);
    }

    /// <summary>A complete new version: bands 0 / 5,000 / 25,000 / 100,000 (formal tender), three approval
    /// limits.</summary>
    private Dictionary<string, string> GoodVersion(
        string note = "Formal tender from £100,000, agreed by the procurement board"
    ) =>
        new()
        {
            ["EffectiveFrom.Day"] = Today.Day.ToString(),
            ["EffectiveFrom.Month"] = Today.Month.ToString(),
            ["EffectiveFrom.Year"] = Today.Year.ToString(),
            ["ChangeNote"] = note,
            ["Bands[0].From"] = "0",
            ["Bands[0].Route"] = "SingleQuote",
            ["Bands[0].Quotes"] = "1",
            ["Bands[1].From"] = "5,000",
            ["Bands[1].Route"] = "WrittenQuotes",
            ["Bands[1].Quotes"] = "3",
            ["Bands[2].From"] = "£25,000",
            ["Bands[2].Route"] = "RequestForQuotation",
            ["Bands[2].Quotes"] = "3",
            ["Bands[3].From"] = "100000",
            ["Bands[3].Route"] = "FormalTender",
            ["Bands[3].Quotes"] = "",
            ["Bands[4].From"] = "",
            ["Bands[4].Route"] = "",
            ["Bands[4].Quotes"] = "",
            ["Limits[0].Role"] = "Purchaser",
            ["Limits[0].Limit"] = "5000",
            ["Limits[1].Role"] = "Commissioner",
            ["Limits[1].Limit"] = "25,000",
            ["Limits[2].Role"] = "DecisionMaker",
            ["Limits[2].Limit"] = "",
            ["Limits[3].Role"] = "",
            ["Limits[3].Limit"] = "",
        };

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public async Task RulesPage_AsPurchaser_ShowsBandsLimitsThresholdsAndVersions_WithoutTheMakeLink()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var doc = await client.GetDocumentAsync("/purchasing/rules");
        var text = doc.QuerySelector("main")!.TextContent;
        Assert.Equal("Purchasing rules", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Rules in force today", text);
        Assert.Contains("No limit", text);
        Assert.Contains("Thresholds include VAT", text);
        Assert.Contains("£663,540", text); // light touch
        Assert.Contains("£135,018", text); // central government
        Assert.Contains("£30,000", text); // below-threshold notice, other authorities
        Assert.Contains("£12,000", text);
        Assert.Null(doc.QuerySelector("a[href^='/purchasing/rules/new']"));
        var v1 = doc.QuerySelector("a[href^='/purchasing/rules/versions/1']")!;
        var version = await client.GetDocumentAsync(v1.GetAttribute("href")!);
        Assert.Equal("Purchasing rules version 1", version.QuerySelector("h1")!.TextContent.Trim());
        // Version 1 as it was made (other tests of this class may have made later versions).
        var v1Text = version.QuerySelector("main")!.TextContent;
        Assert.Contains("Default rules", v1Text);
        Assert.Contains("£0 to under £5,000", v1Text);
        Assert.Contains("£25,000 to under £207,720", v1Text);
        Assert.Contains("Published request for quotation", v1Text);
        Assert.Contains("£207,720 or more (the statutory threshold)", v1Text);
        Assert.Contains("Purchaser", v1Text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/purchasing/rules/versions/999")).StatusCode);
    }

    [Fact]
    public async Task NewVersionPage_IsForAdministratorsAndSpecialists_Only()
    {
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var refused = await purchaser.GetAsync("/purchasing/rules/new");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString);
        var provider = await app.SignedInAs(Role.Provider);
        Assert.Contains(
            "/account/access-denied",
            (await provider.GetAsync("/purchasing/rules")).Headers.Location!.OriginalString
        );
        Assert.Contains(
            "/account/access-denied",
            (await provider.GetAsync("/purchasing/route-checker")).Headers.Location!.OriginalString
        );

        var admin = await app.SignedInAs(Role.Administrator);
        var rules = await admin.GetDocumentAsync("/purchasing/rules");
        Assert.NotNull(rules.QuerySelector("a[href^='/purchasing/rules/new']"));
        var form = await admin.GetDocumentAsync("/purchasing/rules/new");
        // Prefilled from the rules in force.
        Assert.Equal("0", form.FieldValue("Bands[0].From"));
        Assert.Equal("5000", form.FieldValue("Bands[1].From"));
        Assert.Equal("WrittenQuotes", form.FieldValue("Bands[1].Route"));
        Assert.Equal("3", form.FieldValue("Bands[1].Quotes"));
        Assert.Equal("Purchaser", form.FieldValue("Limits[0].Role"));
        Assert.Equal("5000", form.FieldValue("Limits[0].Limit"));
        Assert.Equal(Today.Year.ToString(), form.FieldValue("EffectiveFrom.Year"));
    }

    [Fact]
    [Trait("Criterion", "PU-P15")]
    public async Task NewVersion_Wrong_IsRefusedWithErrorsLinkedToTheRows_AnswersKept_NothingSaved()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var before = await VersionCountAsync();
        var form = GoodVersion();
        form["Bands[0].From"] = "100"; // must start at £0
        form["Bands[3].From"] = "250000"; // at or above the statutory threshold…
        form["Bands[3].Route"] = "RequestForQuotation"; // …but not a formal tender
        form["Bands[3].Quotes"] = "3";
        form["Limits[1].Limit"] = "-1"; // below £0
        form["ChangeNote"] = "";
        var response = await admin.PostFormAsync("/purchasing/rules/new", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        var links = doc.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Bands_0__From", links);
        Assert.Contains("#Bands_3__Route", links);
        Assert.Contains("#Limits_1__Limit", links);
        Assert.Contains("#ChangeNote", links);
        foreach (var href in links)
            Assert.NotNull(doc.QuerySelector(href!)); // every link points at a field on the page
        var summary = doc.ErrorSummary();
        Assert.Contains("The first value band must start at £0, so every value has a route", summary);
        Assert.Contains(
            "From £207,720 the law requires a formal tender, so a band starting at £250,000 must be a formal tender",
            summary
        );
        Assert.Contains("An approval limit must be between £0 and £1,000,000,000, or no limit", summary);
        // The message sits by the field in its row.
        Assert.Contains("must be a formal tender", doc.QuerySelector("#Bands_3__Route-error")!.TextContent);
        // Answers kept.
        Assert.Equal("100", doc.FieldValue("Bands[0].From"));
        Assert.Equal("RequestForQuotation", doc.FieldValue("Bands[3].Route"));
        Assert.Equal("-1", doc.FieldValue("Limits[1].Limit"));
        Assert.Equal(before, await VersionCountAsync());

        // Typing mistakes are caught on the form too.
        var typo = GoodVersion();
        typo["Bands[1].From"] = "five thousand";
        typo["Bands[2].Route"] = "";
        typo["EffectiveFrom.Month"] = "13";
        var second = await HtmlClient.ParseAsync(await admin.PostFormAsync("/purchasing/rules/new", typo));
        var links2 = second
            .QuerySelectorAll(".govuk-error-summary__list a")
            .Select(a => a.GetAttribute("href"))
            .ToList();
        Assert.Contains("#Bands_1__From", links2);
        Assert.Contains("#Bands_2__Route", links2);
        Assert.Contains("#EffectiveFrom-day", links2);
        Assert.Equal(before, await VersionCountAsync());
    }

    [Fact]
    [Trait("Criterion", "PU-P15")]
    [Trait("Criterion", "PU-P4")]
    public async Task NewVersion_Right_GetsTheNextNumber_IsInForce_AndTheRouteCheckerUsesIt()
    {
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var before = await VersionCountAsync();
        var response = await specialist.PostFormAsync("/purchasing/rules/new", GoodVersion());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var number = before + 1;
        Assert.StartsWith($"/purchasing/rules/versions/{number}", response.Headers.Location!.OriginalString);
        var page = await specialist.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains(
            $"Version {number} of the purchasing rules is now in force",
            page.QuerySelector(".govuk-notification-banner")!.TextContent
        );

        var rules = await specialist.GetDocumentAsync("/purchasing/rules");
        var text = rules.QuerySelector("main")!.TextContent;
        Assert.Contains("£100,000 or more", text);
        Assert.Contains("Formal tender from £100,000, agreed by the procurement board", text);
        Assert.Contains("Replaced", text); // the earlier version
        Assert.Equal(number, await VersionCountAsync());
        await using (var scope = app.Scope(out var db))
        {
            var made = await db.PurchasingRuleSets.Include(r => r.Bands).SingleAsync(r => r.VersionNumber == number);
            Assert.Equal(4, made.Bands.Count);
            Assert.False(string.IsNullOrEmpty(made.CreatedByUserId));
        }

        // The route checker now applies the new version: £150,000 is a formal tender under it, not a request for
        // quotation.
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var check = await purchaser.GetDocumentAsync(
            "/purchasing/route-checker?Category=30192000-1&Value=150000&IncludesVat=yes"
        );
        Assert.Contains(
            "You need: a formal tender run by the procurement specialists",
            check.QuerySelector("main")!.TextContent
        );
        Assert.Contains($"Version {number}", check.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Criterion", "PU-P6")]
    [Trait("Criterion", "PU-P4")]
    public async Task RouteChecker_ShowsTheRouteAndTheReason_ForAPurchaser()
    {
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var blank = await purchaser.GetDocumentAsync("/purchasing/route-checker");
        Assert.Equal("Which route do I need?", blank.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(blank.QuerySelector(".govuk-error-summary"));

        var light = await purchaser.GetDocumentAsync(
            "/purchasing/route-checker?Category=85311100-3&Value=250000&IncludesVat=no"
        );
        var text = light.QuerySelector("main")!.TextContent;
        Assert.Contains("This is a light-touch service", text);
        Assert.Contains("£250,000 plus VAT at 20% is £300,000", text);
        Assert.Contains("Welfare services for the elderly", text);
        Assert.Contains("£663,540", text);
    }

    [Fact]
    public async Task RouteChecker_BadAnswers_AreListedAndLinkedToTheirFields_AnswersKept()
    {
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var response = await purchaser.GetAsync("/purchasing/route-checker?Category=12345678-9&Value=-5&IncludesVat=");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        var links = doc.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Category", "#IncludesVat", "#Value"], links.Order());
        Assert.Contains("12345678-9 is not a CPV code: search for the goods or service by name", doc.ErrorSummary());
        Assert.Equal("12345678-9", doc.FieldValue("Category"));
        Assert.Equal("-5", doc.FieldValue("Value"));
    }
}
