using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships.RiskShare;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>Schemes, spend, the spend import and the variance over the API: the pages' rules and visibility.</summary>
public sealed class SchemesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> IcbOnlyApiAsync()
    {
        var account = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Icb);
        return await app.ApiClientFor(account.Email);
    }

    [Fact]
    [Trait("Criterion", "PB-P4")]
    public async Task AddReadListAndReplaceAScheme_AStaleVersionIs409_AndBadAnswersAre400NamingFields()
    {
        var pool = await PoolFixture.CreateAsync(app, "API pool of schemes");
        var icb = await IcbOnlyApiAsync();
        var url = $"/api/v1/partnerships/{pool.Id}/schemes";

        var created = await icb.PostJsonAsync(
            url,
            $$"""{"name": "Falls response", "type": "CommunityBasedSchemes", "leadPartnerId": "{{pool.IcbPartner}}"}"""
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var scheme = await created.ReadJsonAsync();
        var id = scheme.GetProperty("id").GetGuid();
        Assert.Equal(DemoUsers.Icb, scheme.GetProperty("leadPartner").GetString());
        var council = await app.ApiClientAs(Role.FinanceOfficer);
        var list = await council.GetJsonAsync($"{url}?type=CommunityBasedSchemes");
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        var bad = await icb.PostJsonAsync(
            url,
            $$"""{"name": "", "type": "Other", "leadPartnerId": "{{Guid.NewGuid()}}", "economies": "Shared staff"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(
            ["economiesEvidence", "economiesJudgement", "leadPartnerId", "name"],
            (await bad.ReadJsonAsync()).ErrorFields().Order()
        );

        var body =
            $$"""{"name": "Falls response service", "type": "CommunityBasedSchemes", "leadPartnerId": "{{pool.IcbPartner}}", "version": 1}""";
        var put = await icb.PutJsonAsync($"{url}/{id}", body);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await put.ReadJsonAsync()).GetProperty("version").GetInt32());
        var stale = await icb.PutJsonAsync($"{url}/{id}", body);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
        Assert.Equal(
            "Falls response service",
            (await council.GetJsonAsync($"{url}/{id}")).GetProperty("name").GetString()
        );
    }

    [Fact]
    public async Task APartnerThatDoesNotLeadTheScheme_MayReadItButNotChangeIt()
    {
        var pool = await PoolFixture.CreateAsync(app, "API pool with a council scheme");
        var scheme = await pool.SchemeAsync(app, "Reablement", pool.CouncilPartner, 100m);
        var icb = await IcbOnlyApiAsync();

        Assert.Equal(
            HttpStatusCode.OK,
            (await icb.GetAsync($"/api/v1/partnerships/{pool.Id}/schemes/{scheme}")).StatusCode
        );
        var put = await icb.PutJsonAsync(
            $"/api/v1/partnerships/{pool.Id}/schemes/{scheme}",
            $$"""{"name": "Mine now", "type": "Other", "leadPartnerId": "{{pool.IcbPartner}}", "version": 1}"""
        );
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TheLeadReadsAndWritesAYearsMonths_WithVersions()
    {
        var pool = await PoolFixture.CreateAsync(app, "API pool with months");
        var scheme = await pool.SchemeAsync(app, "Discharge hub", pool.IcbPartner, 1_000m);
        var icb = await IcbOnlyApiAsync();
        var url = $"/api/v1/partnerships/{pool.Id}/schemes/{scheme}/spend?year=2026";

        var year = await icb.GetJsonAsync(url);
        Assert.Equal(12, year.GetProperty("months").GetArrayLength());
        Assert.Equal("2026-04", year.GetProperty("months")[0].GetProperty("month").GetString());

        var put = await icb.PutJsonAsync(
            url,
            """{"months": [{"month": "2026-04", "budget": 1000, "actual": 1180.5, "version": 1}, {"month": "Mar 2027", "budget": 1000, "forecast": 1400, "version": 1}]}"""
        );
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var months = await pool.MonthsAsync(app, scheme);
        Assert.Equal(1180.5m, months[0].Actual);
        Assert.Equal(1400m, months[11].Forecast);

        var stale = await icb.PutJsonAsync(
            url,
            """{"months": [{"month": "2026-04", "budget": 1000, "actual": 1, "version": 1}]}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var bad = await icb.PutJsonAsync(url, """{"months": [{"month": "2025-04", "budget": -1, "version": 1}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["months[0].budget", "months[0].month"], (await bad.ReadJsonAsync()).ErrorFields().Order());
        Assert.Equal(1180.5m, (await pool.MonthsAsync(app, scheme))[0].Actual);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task ImportingAFile_Is400WithEveryProblemByRow_Or200WithWhatWasImported()
    {
        var pool = await PoolFixture.CreateAsync(app, "API pool to import into");
        var scheme = await pool.SchemeAsync(app, "Discharge hub", pool.IcbPartner, 1_000m);
        var icb = await IcbOnlyApiAsync();
        var url = $"/api/v1/partnerships/{pool.Id}/spend/import";
        static MultipartFormDataContent File(string text) =>
            new() { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", "spend.csv" } };

        var bad = await icb.PostAsync(
            url,
            File("Scheme,Month,Budget,Actual\nDischarge hub,2026-04,1000,abc\nNobody,2026-05,1,\n")
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = (await bad.ReadJsonAsync())
            .GetProperty("problems")
            .EnumerateArray()
            .Select(p => p.GetString())
            .ToList();
        Assert.Equal(
            [
                "Row 2: actual \"abc\" must be an amount in pounds, like 12500 or 12,500.00",
                "Row 3: \"Nobody\" is not a scheme of this partnership",
            ],
            problems
        );
        Assert.Null((await pool.MonthsAsync(app, scheme))[0].Actual);

        var good = await icb.PostAsync(url, File("Scheme,Month,Budget,Actual\nDischarge hub,2026-04,1000,1010\n"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, (await good.ReadJsonAsync()).GetProperty("replaced").GetInt32());
        Assert.Equal(1010m, (await pool.MonthsAsync(app, scheme))[0].Actual);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TheVariance_GivesEachSchemeAndEachPartnersShareWithItsWorking()
    {
        var pool = await PoolFixture.CreateAsync(app, "API pool with a variance");
        await pool.SchemeAsync(app, "Reablement", pool.CouncilPartner, 5_000m, 5_600m);
        await pool.SchemeAsync(app, "Discharge hub", pool.IcbPartner, 5_000m, 4_900m);
        await pool.AgreeAsync(app, RiskShareMethod.OwnSchemes, 60_000m, 60_000m);
        var icb = await app.ApiClientAs(Role.CommissioningPartner);

        var v = await icb.GetJsonAsync($"/api/v1/partnerships/{pool.Id}/variance?year=2026");

        Assert.Equal(2026, v.GetProperty("year").GetInt32());
        Assert.Equal(500m, v.GetProperty("total").GetProperty("variance").GetDecimal());
        var split = v.GetProperty("split");
        Assert.Equal("OwnSchemes", split.GetProperty("rule").GetString());
        var shares = split.GetProperty("shares").EnumerateArray().ToList();
        Assert.Equal([600m, -100m], shares.Select(s => s.GetProperty("share").GetDecimal()));
        Assert.Contains("Reablement", shares[0].GetProperty("working").GetString());
    }
}
