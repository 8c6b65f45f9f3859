using System.Net;
using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>The strategy library: the organisation's and its partners' shared strategies in one list, added and
/// changed by the owner's keepers only.</summary>
public sealed class StrategyPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Titles(AngleSharp.Dom.IDocument doc) =>
        string.Join(
            " | ",
            doc.QuerySelectorAll("table.govuk-table tbody tr td:first-child").Select(td => td.TextContent.Trim())
        );

    [Fact]
    [Trait("Criterion", "EV-P2")]
    public async Task Library_CollatesOursAndPartnersShared_NotTheirUnsharedNorStrangers()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var mark = TestData.Mark();
        await StrategyFixtures.StrategyAsync(app, w.Ours, $"Our carers strategy {mark}");
        var shared = await StrategyFixtures.StrategyAsync(app, w.Partner, $"Partner joint plan {mark}", s =>
            s.Kind = StrategyKind.Plan
        );
        var unshared = await StrategyFixtures.StrategyAsync(app, w.Partner, $"Partner internal policy {mark}", s =>
            s.SharedWithPartners = false
        );
        await StrategyFixtures.StrategyAsync(app, w.Stranger, $"Stranger strategy {mark}");
        var client = await app.SignedInAs(w.Us);

        var doc = await client.GetDocumentAsync($"/strategies?Search={mark}");
        var titles = Titles(doc);
        Assert.Contains($"Our carers strategy {mark}", titles);
        Assert.Contains($"Partner joint plan {mark}", titles);
        Assert.DoesNotContain("Partner internal policy", titles);
        Assert.DoesNotContain("Stranger strategy", titles);
        Assert.Contains("Fenmoor ICB", doc.QuerySelector("table.govuk-table tbody")!.TextContent);

        var partners = Titles(await client.GetDocumentAsync($"/strategies?Search={mark}&Whose=partners"));
        Assert.Equal($"Partner joint plan {mark}", partners);
        var ours = Titles(await client.GetDocumentAsync($"/strategies?Search={mark}&Whose=ours"));
        Assert.Equal($"Our carers strategy {mark}", ours);
        var plans = Titles(await client.GetDocumentAsync($"/strategies?Search={mark}&Kind=Plan"));
        Assert.Equal($"Partner joint plan {mark}", plans);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/strategies/{shared.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/strategies/{unshared.Id}")).StatusCode);
        // Seeing a partner's strategy is not keeping it.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/strategies/{shared.Id}/edit")).StatusCode);
    }

    [Fact]
    public async Task Library_IsPaged_AndDownloadsAsCsvAndXlsx()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var mark = TestData.Mark();
        for (var i = 1; i <= 27; i++)
            await StrategyFixtures.StrategyAsync(app, w.Ours, $"Paged {mark} {i:00}");
        var client = await app.SignedInAs(w.Us);

        var first = await client.GetDocumentAsync($"/strategies?Search={mark}");
        Assert.Contains("Showing 1 to 25 of 27 strategies", first.QuerySelector("[role=status]")!.TextContent);
        var second = await client.GetDocumentAsync($"/strategies?Search={mark}&page=2");
        Assert.Equal($"Paged {mark} 26 | Paged {mark} 27", Titles(second));

        var csv = await client.GetAsync($"/strategies/download?format=csv&search={mark}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith(
            "Title,Kind,Owner organisation,Owner,Status,Ends on,Next evaluation due,Overdue",
            text.TrimStart('\uFEFF')
        );
        Assert.Equal(28, text.Trim().Split('\n').Length);
        var xlsx = await client.GetAsync($"/strategies/download?format=xlsx&search={mark}");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType!.MediaType
        );
    }

    [Fact]
    [Trait("Criterion", "EV-P2")]
    public async Task Add_WithDocumentsOutcomesAndARelationToAPartnersStrategy_ShowsThemBothWays()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var mark = TestData.Mark();
        var plan = await StrategyFixtures.StrategyAsync(app, w.Partner, $"Joint forward plan {mark}");
        var client = await app.SignedInAs(w.Us);
        var form = StrategyFixtures
            .ValidForm($"Adult social care strategy {mark}")
            .Set("Input.Relations[0].StrategyId", plan.Id.ToString())
            .Set("Input.Relations[0].Kind", "Supports");
        var response = await client.PostFormAsync("/strategies/add", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());

        await using (var scope = app.Scope(out var db))
        {
            var s = await db.Strategies.SingleAsync(x => x.Id == id);
            Assert.Equal(w.Ours, s.OrganisationId);
            Assert.Equal(["People live at home for longer", "Fewer admissions to care homes"], s.Outcomes);
            Assert.Equal("https://example.org/strategy.pdf", Assert.Single(s.Documents).Address);
            Assert.Equal(new DateOnly(2027, 10, 1), s.NextEvaluationDue);
            Assert.Equal(12, s.EvaluationIntervalMonths);
        }

        var page = await client.GetDocumentAsync($"/strategies/{id}");
        Assert.Contains("has been added", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='https://example.org/strategy.pdf']"));
        Assert.Contains($"It supports Joint forward plan {mark}", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/evaluations/add?strategyId={id}']"));

        // The partner sees the relation the other way, with the owner's name.
        var theirs = await (await app.SignedInAs(w.PartnerUser)).GetDocumentAsync($"/strategies/{plan.Id}");
        Assert.Contains($"Adult social care strategy {mark}", theirs.Body!.TextContent);
        Assert.Contains("supports it", theirs.Body!.TextContent);
    }

    [Theory]
    [InlineData("Input.Title", "", "Enter the title of the strategy or policy")]
    [InlineData("Input.NextEvaluationDue.Day", "", "Enter when the next evaluation is due")]
    [InlineData(
        "Input.EvaluationIntervalMonths",
        "twelve",
        "Enter how often it is evaluated as a whole number of months, like 12"
    )]
    [InlineData("Input.EndsOn.Year", "2024", "The end date must be after the start date")]
    [InlineData("Input.Documents[0].Address", "", "Give each document a title")]
    public async Task Add_Invalid_Is400WithTheMessage_KeepsTheAnswers_AndSavesNothing(
        string field,
        string value,
        string message
    )
    {
        var w = await StrategyWorld.CreateAsync(app);
        var client = await app.SignedInAs(w.Us);
        var title = $"Kept strategy {TestData.Mark()}";
        var form = StrategyFixtures.ValidForm(field == "Input.Title" ? "" : title).Set(field, value);
        if (field == "Input.NextEvaluationDue.Day")
            form.Set("Input.NextEvaluationDue.Month", "").Set("Input.NextEvaluationDue.Year", "");
        var response = await client.PostFormAsync("/strategies/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains(doc.ErrorSummary(), e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal("Director of Adult Social Care", doc.FieldValue("Input.Owner"));
        Assert.Contains("Fewer admissions to care homes", doc.FieldValue("Input.Outcomes"));
        Assert.Equal("The strategy", doc.FieldValue("Input.Documents[0].Title"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Strategies.AnyAsync(s => s.Title == title));
    }

    [Fact]
    public async Task Add_ARelationToAStrategyOutsideTheLibrary_IsRefused()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var hidden = await StrategyFixtures.StrategyAsync(app, w.Stranger, $"Stranger {TestData.Mark()}");
        var client = await app.SignedInAs(w.Us);
        var form = StrategyFixtures
            .ValidForm($"Related wrongly {TestData.Mark()}")
            .Set("Input.Relations[0].StrategyId", hidden.Id.ToString())
            .Set("Input.Relations[0].Kind", "Supports");
        var response = await client.PostFormAsync("/strategies/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "Choose related strategies from your library",
            (await HtmlClient.ParseAsync(response)).ErrorSummary()
        );
    }

    [Fact]
    public async Task Edit_Saves_AndAStaleSaveIs409WithTheDifferences_KeepingTheAnswers()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var s = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Editable {TestData.Mark()}");
        var client = await app.SignedInAs(w.Us);
        var edit = await client.GetDocumentAsync($"/strategies/{s.Id}/edit");
        var version = edit.FieldValue("Input.Version")!;
        Assert.Equal(s.Title, edit.FieldValue("Input.Title"));

        var mine = StrategyFixtures
            .ValidForm(s.Title)
            .Set("Input.Version", version)
            .Set("Input.Owner", "Prevention Lead");
        var saved = await client.PostFormAsync($"/strategies/{s.Id}/edit", mine);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stale = StrategyFixtures
            .ValidForm(s.Title)
            .Set("Input.Version", version)
            .Set("Input.Owner", "Someone else");
        var conflict = await client.PostFormAsync($"/strategies/{s.Id}/edit", stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var doc = await HtmlClient.ParseAsync(conflict);
        Assert.Contains("Prevention Lead", doc.Body!.TextContent);
        Assert.Equal("Someone else", doc.FieldValue("Input.Owner"));
        await using var scope = app.Scope(out var db);
        Assert.Equal("Prevention Lead", (await db.Strategies.SingleAsync(x => x.Id == s.Id)).Owner);
    }

    [Fact]
    public async Task AnotherOrganisation_GuessingTheAddresses_IsNotFound()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var s = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Ours only {TestData.Mark()}");
        var stranger = await app.SignedInAs(w.StrangerUser);
        foreach (var path in new[] { "", "/edit", "/renew", "/history" })
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/strategies/{s.Id}{path}")).StatusCode);
        var post = await stranger.PostFormAsync(
            "/strategies/add",
            StrategyFixtures.ValidForm("x").Set("Input.Version", "1"),
            $"/strategies/{s.Id}/edit"
        );
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
