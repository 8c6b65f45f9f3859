using System.Net;
using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>The overdue list (EV-P21): strategies in use whose evaluation is overdue or due within 90 days, the
/// soonest first, reached from the library and the home page, paged and downloadable.</summary>
public sealed class StrategyDueListTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<Strategy> DueAsync(
        StrategyWorld w,
        string title,
        int days,
        StrategyStatus status = StrategyStatus.Current
    ) => StrategyFixtures.StrategyAsync(app, w.Ours, title, x =>
        {
            x.MoveTo(status);
            x.EvaluationIntervalMonths = 12;
            x.NextEvaluationDue = app.Today.AddDays(days);
        });

    [Fact]
    [Trait("Criterion", "EV-P21")]
    public async Task TheList_ShowsOverdueAndDueWithin90Days_SoonestFirst_AndNothingElse()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var mark = TestData.Mark();
        await DueAsync(w, $"Due in 60 days {mark}", 60);
        await DueAsync(w, $"Overdue {mark}", -10);
        await DueAsync(w, $"Due in 120 days {mark}", 120);
        await DueAsync(w, $"Withdrawn and overdue {mark}", -10, StrategyStatus.Withdrawn);
        var client = await app.SignedInAs(w.Us);

        var doc = await client.GetDocumentAsync("/strategies/due");
        var rows = doc.QuerySelectorAll("table.govuk-table tbody tr")
            .Select(r => r.TextContent)
            .Where(t => t.Contains(mark, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains($"Overdue {mark}", rows[0]);
        Assert.Contains("Overdue", rows[0].Replace($"Overdue {mark}", "", StringComparison.Ordinal));
        Assert.Contains($"Due in 60 days {mark}", rows[1]);
        Assert.DoesNotContain("Overdue", rows[1]);

        var csv = await client.GetAsync("/strategies/due/download?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"Overdue {mark}", text);
        Assert.Contains($"Due in 60 days {mark}", text);
        Assert.DoesNotContain($"Due in 120 days {mark}", text);

        var api = await (await app.ApiClientAs(w.Us)).GetJsonAsync("/api/v1/strategies/due?pageSize=100");
        var items = api.GetProperty("items").EnumerateArray().ToList();
        var overdue = items.Single(i => i.GetProperty("title").GetString() == $"Overdue {mark}");
        Assert.True(overdue.GetProperty("evaluationOverdue").GetBoolean());
        Assert.DoesNotContain(items, i => i.GetProperty("title").GetString() == $"Due in 120 days {mark}");
    }

    [Fact]
    [Trait("Criterion", "EV-P21")]
    public async Task TheList_IsPaged_AndReachedFromTheLibraryAndTheHomePage()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var mark = TestData.Mark();
        for (var i = 1; i <= 26; i++)
            await DueAsync(w, $"Due {mark} {i:00}", i);
        var client = await app.SignedInAs(w.Us);
        var first = await client.GetDocumentAsync("/strategies/due");
        Assert.Contains("Showing 1 to 25 of 26 strategies", first.QuerySelector("[role=status]")!.TextContent);
        var second = await client.GetDocumentAsync("/strategies/due?page=2");
        Assert.Contains($"Due {mark} 26", second.QuerySelector("table.govuk-table tbody")!.TextContent);

        Assert.NotNull((await client.GetDocumentAsync("/strategies")).QuerySelector("a[href='/strategies/due']"));
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Assert.NotNull((await commissioner.GetDocumentAsync("/")).QuerySelector("a[href='/strategies/due']"));
        // A provider does not read the library: they are sent to the access denied page.
        var provider = await (await app.SignedInAs(Role.Provider)).GetAsync("/strategies/due");
        Assert.Equal(HttpStatusCode.Redirect, provider.StatusCode);
        Assert.Contains("/account/access-denied", provider.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
