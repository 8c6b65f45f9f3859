using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>The measures API: the same rules and visibility as the pages.</summary>
public sealed class MeasuresApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Body = """
        {"name": "Discharge delays", "frequency": "Monthly", "unit": "days", "baseline": 1.9, "target": 1.2,
         "higherIsBetter": false}
        """;

    private async Task<(Guid Pool, string Measures)> PoolAsync(string name)
    {
        var pool = await Pools.AddAsync(app, await app.SignedInAs(Role.FinanceOfficer), name);
        return (pool, $"/api/v1/partnerships/{pool}/measures");
    }

    [Fact]
    [Trait("Criterion", "PB-P14")]
    public async Task CouncilAddsAMeasure_IcbRecordsAMonth_BothReadIt()
    {
        var (pool, measures) = await PoolAsync("API measured pool");
        var council = await app.ApiClientAs(Role.FinanceOfficer);
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        var created = await council.PostJsonAsync(
            measures,
            Body.TrimEnd().TrimEnd('}') + $", \"providerPartnerId\": \"{icbRow}\"}}"
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var measure = created.Headers.Location!.OriginalString;

        var icb = await app.ApiClientAs(Role.CommissioningPartner);
        var recorded = await icb.PutJsonAsync(
            measure + "/values/2026-10-01",
            """{"value": 1.3, "note": "provisional"}"""
        );
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("October 2026", (await recorded.ReadJsonAsync()).GetProperty("periodName").GetString());

        var read = await council.GetJsonAsync(measure);
        var value = read.GetProperty("values")[0];
        Assert.Equal(1.3m, value.GetProperty("value").GetDecimal());
        Assert.Contains(DemoUsers.Icb, value.GetProperty("providedBy").GetString());
        Assert.Equal("ImprovingButShort", read.GetProperty("progress").GetString());
        Assert.Equal(1, (await icb.GetJsonAsync(measures)).GetArrayLength());

        // The month has a value now: replacing it needs its version; and only the ICB provides them.
        var notProvider = await council.PutJsonAsync(measure + "/values/2026-09-01", """{"value": 1.4}""");
        Assert.Equal(HttpStatusCode.NotFound, notProvider.StatusCode);
        var blind = await icb.PutJsonAsync(measure + "/values/2026-10-01", """{"value": 1.4}""");
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);
        var version = value.GetProperty("version").GetInt32();
        var replaced = await icb.PutJsonAsync(
            measure + "/values/2026-10-01",
            $$"""{"value": 1.4, "version": {{version}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
    }

    [Fact]
    public async Task BadMeasuresAndValues_Are400NamingTheField_StaleChangesAre409()
    {
        var (_, measures) = await PoolAsync("API bad measures pool");
        var council = await app.ApiClientAs(Role.FinanceOfficer);
        var bad = await council.PostJsonAsync(
            measures,
            $$"""{"name": "", "frequency": "Monthly", "higherIsBetter": true, "providerPartnerId": "{{Guid.NewGuid()}}"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["name", "providerPartnerId"], (await bad.ReadJsonAsync()).ErrorFields());
        var notJson = await council.PostJsonAsync(
            measures,
            """{"name": "x", "frequency": "Fortnightly", "higherIsBetter": true}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        var measure = (await council.PostJsonAsync(measures, Body)).Headers.Location!.OriginalString;
        var wrongDay = await council.PutJsonAsync(measure + "/values/2026-10-15", """{"value": 1}""");
        Assert.Equal(["period"], (await wrongDay.ReadJsonAsync()).ErrorFields());
        var notADate = await council.PutJsonAsync(measure + "/values/october", """{"value": 1}""");
        Assert.Equal(["period"], (await notADate.ReadJsonAsync()).ErrorFields());

        var version = (await council.GetJsonAsync(measure)).GetProperty("version").GetInt32();
        var change = Body.Replace("1.2", "1.1").TrimEnd().TrimEnd('}') + $", \"version\": {version}}}";
        Assert.Equal(HttpStatusCode.OK, (await council.PutJsonAsync(measure, change)).StatusCode);
        var stale = await council.PutJsonAsync(measure, change);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(version + 1, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task SomeoneOfAnOrganisationNotInIt_GetsNotFoundFromEveryEndpoint()
    {
        var (_, measures) = await PoolAsync("API sealed measures pool");
        var council = await app.ApiClientAs(Role.FinanceOfficer);
        var measure = (await council.PostJsonAsync(measures, Body)).Headers.Location!.OriginalString;
        var outsider = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(measures)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(measure)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync(measures, Body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutJsonAsync(measure, Body)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.PutJsonAsync(measure + "/values/2026-10-01", """{"value": 1}""")).StatusCode
        );
    }
}
