using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;

namespace CareCommissioning.BrowserTests.Journeys.Platform;

/// <summary>
/// For each role: every page reachable within two clicks of the navigation (and the main content) passes axe and the
/// GOV.UK page checks. New pages are covered as soon as they are linked.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CrawlTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Role.Commissioner)]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Administrator)]
    [InlineData(Role.Provider)]
    [InlineData(Role.Stakeholder)]
    public async Task Crawl_EveryReachablePage_PassesTheChecks(Role role)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.SignInAsync(role);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/" };
        // Two pages of each route (ids and numbers blanked) are enough to cover its template; a list of 25 audit
        // entries is not 25 templates.
        var perTemplate = new Dictionary<string, int>();
        var frontier = new List<string> { "/" };
        for (var hop = 0; hop < 2; hop++)
        {
            var next = new List<string>();
            foreach (var path in frontier)
            {
                if (path != "/")
                    await tab.VisitAsync(path);
                else
                    await tab.Page.GotoAsync("/");
                var links = await tab.Page.EvalOnSelectorAllAsync<string[]>(
                    "nav[aria-label=Menu] a[href], main a[href]",
                    "els => els.map(e => e.getAttribute('href'))"
                );
                foreach (var href in links.Where(Crawlable))
                {
                    var target = href.Split('#')[0];
                    var template = System.Text.RegularExpressions.Regex.Replace(
                        target,
                        "/([0-9a-fA-F-]{36}|[0-9]+)(?=/|$|\\?)",
                        "/{id}"
                    );
                    if (perTemplate.GetValueOrDefault(template) >= 2 || !seen.Add(target))
                        continue;
                    perTemplate[template] = perTemplate.GetValueOrDefault(template) + 1;
                    next.Add(target);
                }
            }
            frontier = next;
        }
        foreach (var path in frontier)
            await tab.VisitAsync(path);
        Assert.True(seen.Count > 2, $"the crawl for {role} reached only {string.Join(", ", seen)}");
    }

    private static bool Crawlable(string href) =>
        href.StartsWith('/')
        && !href.StartsWith("//")
        && !href.StartsWith("/api")
        && !href.StartsWith("/openapi")
        && !href.StartsWith("/scalar")
        && !href.Contains("sign-out")
        && !href.Contains("export")
        && !href.Contains("download")
        && !href.EndsWith(".csv")
        && !href.EndsWith(".docx")
        && !href.EndsWith(".xlsx");
}
