using System.Text.Json;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using static CareCommissioning.Web.Tests.Pages.Purchasing.PurchaseData;

namespace CareCommissioning.Web.Tests.Paging;

/// <summary>The app with the searchable lists' count stopped at 40 (<c>Paging:CountUpTo</c>), so a test needs only a
/// few purchases to pass it.</summary>
public sealed class CappedCountApp : IDisposable
{
    public const int CountUpTo = 40;

    public AppFactory App { get; } = new AppFactory().WithSetting("Paging:CountUpTo", CountUpTo.ToString());

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Issue 16 item 5: a search that matches very many counts them only up to a cap, says "more than" and still pages to
/// every match, on the page and in the API.
/// </summary>
public sealed class CappedCountTests(CappedCountApp fixture) : IClassFixture<CappedCountApp>
{
    private readonly AppFactory _app = fixture.App;

    /// <summary><paramref name="count"/> purchases whose description holds <paramref name="marker"/>, an hour apart,
    /// oldest first.</summary>
    private async Task<IReadOnlyList<Guid>> PurchasesAsync(string marker, int count)
    {
        var d = await LoadAsync(_app);
        var t0 = _app.Clock.GetUtcNow().AddDays(-60);
        return await d.AddAsync(
            Enumerable.Range(0, count).Select(i => new Spec($"{marker} item {i:00}") { CreatedAt = t0.AddHours(i) })
        );
    }

    [Fact]
    public async Task PurchaseList_PastTheCap_SaysMoreThan_AndItsPagerStillGoesOn()
    {
        var marker = "capp" + Guid.NewGuid().ToString("N")[..6];
        var created = await PurchasesAsync(marker, 50);
        var specialist = await _app.SignedInAs(Role.ProcurementSpecialist);

        var first = await specialist.GetDocumentAsync($"/purchasing/all?search={marker}");
        Assert.Contains(
            "Showing 1 to 25 of more than 40 purchases.",
            first.QuerySelector("[role=status]")!.TextContent
        );
        Assert.Contains("page 1 of at least 2", first.QuerySelector("table caption")!.TextContent);
        var pager = first.QuerySelector("nav.govuk-pagination")!;
        // The pages known, no number standing for a last page, a gap that says more follow, and Next.
        Assert.Equal(
            ["1", "2"],
            pager.QuerySelectorAll(".govuk-pagination__item a").Select(a => a.TextContent.Trim()).ToList()
        );
        Assert.Single(pager.QuerySelectorAll(".govuk-pagination__item--ellipses"));
        Assert.EndsWith("page=2", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        // The last page counts far enough to know it is the last: the total is exact again.
        var second = await specialist.GetDocumentAsync($"/purchasing/all?search={marker}&page=2");
        Assert.Contains("Showing 26 to 50 of 50 purchases.", second.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("page 2 of 2", second.QuerySelector("table caption")!.TextContent);
        Assert.Empty(second.QuerySelectorAll("nav.govuk-pagination .govuk-pagination__item--ellipses"));
        Assert.Null(second.QuerySelector("nav.govuk-pagination a[rel=next]"));
        Assert.Equal(created.Reverse().ToList(), LinkedIds(first).Concat(LinkedIds(second)).ToList());
    }

    [Fact]
    public async Task PurchaseList_UnderTheCap_CountsExactly()
    {
        var marker = "capu" + Guid.NewGuid().ToString("N")[..6];
        await PurchasesAsync(marker, 30);
        var specialist = await _app.SignedInAs(Role.ProcurementSpecialist);

        var first = await specialist.GetDocumentAsync($"/purchasing/all?search={marker}");
        Assert.Contains("Showing 1 to 25 of 30 purchases.", first.QuerySelector("[role=status]")!.TextContent);
        Assert.Empty(first.QuerySelectorAll("nav.govuk-pagination .govuk-pagination__item--ellipses"));
    }

    [Fact]
    public async Task PurchasesApi_PastTheCap_SaysTheTotalIsCapped_AndPagingToTheTotalReadsEveryMatchOnce()
    {
        var marker = "capa" + Guid.NewGuid().ToString("N")[..6];
        var created = await PurchasesAsync(marker, 50);
        var api = await _app.ApiClientAs(Role.ProcurementSpecialist);
        string Url(int page) => $"/api/v1/purchases?search={marker}&pageSize=10&page={page}";

        var first = await api.GetJsonAsync(Url(1));
        Assert.True(first.GetProperty("totalCapped").GetBoolean());
        // At least 41 match: one past the cap.
        Assert.Equal(CappedCountApp.CountUpTo + 1, first.GetProperty("total").GetInt32());

        // A client written for exact totals pages until page × pageSize reaches the total, and still reads them all.
        var seen = new List<Guid>();
        var page = 0;
        JsonElement body;
        do
        {
            body = await api.GetJsonAsync(Url(++page));
            seen.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        } while (page * 10 < body.GetProperty("total").GetInt32());
        Assert.Equal(created.Reverse().ToList(), seen);
        Assert.False(body.GetProperty("totalCapped").GetBoolean());
        Assert.Equal(50, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PurchasesApi_UnderTheCap_GivesTheExactTotal_NotCapped()
    {
        var marker = "capx" + Guid.NewGuid().ToString("N")[..6];
        await PurchasesAsync(marker, 12);
        var api = await _app.ApiClientAs(Role.ProcurementSpecialist);

        var first = await api.GetJsonAsync($"/api/v1/purchases?search={marker}&pageSize=5");
        Assert.Equal(12, first.GetProperty("total").GetInt32());
        Assert.False(first.GetProperty("totalCapped").GetBoolean());
    }

    [Fact]
    public async Task StakeholdersApi_SharesTheCap_AndItsLastPageGivesTheExactTotal()
    {
        var org = (await new OrganisationBuilder(_app).SaveAsync()).Id;
        for (var i = 0; i < 45; i++)
            await new StakeholderBuilder(_app).In(org).Named($"Capped Forum {i:00}").SaveAsync();
        var client = await _app.ApiClientAs(await new UserBuilder(_app).WithRole(Role.Commissioner, org).SaveAsync());

        var first = await client.GetJsonAsync("/api/v1/stakeholders?search=capped+forum&pageSize=10");
        Assert.True(first.GetProperty("totalCapped").GetBoolean());
        Assert.Equal(CappedCountApp.CountUpTo + 1, first.GetProperty("total").GetInt32());
        var last = await client.GetJsonAsync("/api/v1/stakeholders?search=capped+forum&pageSize=10&page=5");
        Assert.Equal(5, last.GetProperty("items").GetArrayLength());
        Assert.False(last.GetProperty("totalCapped").GetBoolean());
        Assert.Equal(45, last.GetProperty("total").GetInt32());
        var whole = await client.GetJsonAsync("/api/v1/stakeholders?search=capped+forum&pageSize=50");
        Assert.Equal(45, whole.GetProperty("total").GetInt32());
        Assert.False(whole.GetProperty("totalCapped").GetBoolean());
    }
}
