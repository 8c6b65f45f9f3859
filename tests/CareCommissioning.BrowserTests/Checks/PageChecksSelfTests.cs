using CareCommissioning.BrowserTests.Infrastructure;

namespace CareCommissioning.BrowserTests.Checks;

/// <summary>The checks run on every page must catch a page that breaks the rules, or a green run would mean
/// nothing.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PageChecksSelfTests(BrowserFixture browser)
{
    private const string BadPage = """
        <!DOCTYPE html>
        <html><head><title>Untitled</title></head>
        <body>
          <a href="/">Home</a>
          <h1>One</h1><h1>Two</h1>
          <form method="post"><input name="q" placeholder="Search"><input type="date" name="d"><button>Go</button></form>
          <table><tr><th>Name</th></tr><tr><td>x</td></tr></table>
          <main><a href="/more">click here</a><img src="x.png"></main>
        </body></html>
        """;

    [Fact]
    public async Task StaticChecks_OnABadPage_NameEachBrokenRule()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.Page.SetContentAsync(BadPage);
        var ids = (await PageChecks.StaticProblemsAsync(tab.Page)).Select(p => p.Split(':')[0]).Distinct().ToList();
        foreach (
            var id in new[]
            {
                "PT-01",
                "PT-02",
                "PT-03",
                "PT-04",
                "PT-05",
                "PT-07",
                "TI-01",
                "FM-02",
                "FM-04",
                "FM-07",
                "FM-08",
                "LK-01",
            }
        )
            Assert.Contains(id, ids);
    }

    [Fact]
    public async Task Axe_OnABadPage_FindsViolations()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.Page.SetContentAsync(BadPage);
        var violations = (await PageChecks.AxeViolationsAsync(tab.Page)).Select(v => v.Id).ToList();
        Assert.Contains("image-alt", violations);
        Assert.Contains("label", violations);
        Assert.Contains("html-has-lang", violations);
    }

    [Fact]
    public async Task Checks_OnARealPage_FindNothing()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.Page.GotoAsync("/help/cookies");
        Assert.Empty(await PageChecks.StaticProblemsAsync(tab.Page));
        Assert.Empty(await PageChecks.AxeViolationsAsync(tab.Page));
    }
}
