using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>A provider sends its KPI returns with a personal API token, under the same rules as the page: values of
/// the right kind, a KPI of the contract, one return a period; anyone else's contract is not found.</summary>
public sealed class ContractReturnsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task AProvider_SendsTheLateReturn_WithAToken_AndReadsTheReturnsRated()
    {
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = await db
                .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
                .Select(c => c.Id)
                .SingleAsync();
        var api = await app.ApiClientAs(Role.Provider);
        var before = await api.GetJsonAsync($"/api/v1/contracts/{id}/returns");
        Assert.Equal(3, before.GetArrayLength());
        var kpis = before[0]
            .GetProperty("values")
            .EnumerateArray()
            .Select(v => v.GetProperty("kpiId").GetGuid())
            .ToList();

        var sent = await api.PostJsonAsync(
            $"/api/v1/contracts/{id}/returns",
            $$"""
            {"periodStart": "2026-07-01", "values": [
              {"kpiId": "{{kpis[0]}}", "value": "93.5%", "comment": "Better after recruitment"},
              {"kpiId": "{{kpis[1]}}", "value": "1"},
              {"kpiId": "{{kpis[2]}}", "value": "100"},
              {"kpiId": "{{kpis[3]}}", "value": "98"}]}
            """
        );
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var body = await sent.ReadJsonAsync();
        Assert.Equal("ApproachingTarget", body.GetProperty("rating").GetString());
        var first = body.GetProperty("values")[0];
        Assert.Equal("93.5%", first.GetProperty("shown").GetString());
        Assert.Equal(
            "93.5% against a target of 95%: 1.5 percentage points short, within the tolerance of 2 percentage points",
            first.GetProperty("explanation").GetString()
        );
        Assert.False(body.GetProperty("onBehalfOfProvider").GetBoolean());

        var after = await api.GetJsonAsync($"/api/v1/contracts/{id}/returns");
        Assert.Equal(4, after.GetArrayLength());
        // A second return for the period is refused, naming the period.
        var again = await api.PostJsonAsync(
            $"/api/v1/contracts/{id}/returns",
            $$"""{"periodStart": "2026-07-01", "values": [{"kpiId": "{{kpis[0]}}", "value": "99"}]}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["periodStart"], (await again.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task BadJson_AWrongValue_OrAnotherContractsKpi_Is400NamingTheField_AndNothingIsSaved()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-API-BAD");
        var other = await MonitoringFixtures.ContractWithKpisAsync(app, "T-API-BAD-2");
        var api = await app.ApiClientAs(Role.Provider);
        var url = $"/api/v1/contracts/{made.Contract}/returns";

        var missing = await api.PostJsonAsync(
            url,
            MonitoringFixtures.ReturnJson(made, "2026-04-01", "96", "1").Replace("\"periodStart\": \"2026-04-01\",", "")
        );
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var badDate = await api.PostJsonAsync(url, MonitoringFixtures.ReturnJson(made, "first of April", "96", "1"));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("periodStart", await badDate.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var wrongKind = await api.PostJsonAsync(url, MonitoringFixtures.ReturnJson(made, "2026-04-01", "96", "2.5"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        Assert.Equal(["values[1].value"], (await wrongKind.ReadJsonAsync()).ErrorFields());

        var foreign = await api.PostJsonAsync(
            url,
            MonitoringFixtures
                .ReturnJson(made, "2026-04-01", "96", "1")
                .Replace(made.Missed.ToString(), other.Missed.ToString())
        );
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        var problem = await foreign.ReadJsonAsync();
        Assert.Contains("values[1].kpiId", problem.ErrorFields());
        Assert.Contains("That KPI is not one of this contract's", problem.GetRawText());

        var outside = await api.PostJsonAsync(url, MonitoringFixtures.ReturnJson(made, "2029-04-01", "96", "1"));
        Assert.Equal(["periodStart"], (await outside.ReadJsonAsync()).ErrorFields());

        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractKpiReturns.AnyAsync(r => r.ContractId == made.Contract));
    }

    [Fact]
    public async Task TwoReturnsForOnePeriod_SentAtOnce_OneIsKept_AndTheOtherIsNotA500()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-API-RACE");
        var provider = await app.ApiClientAs(Role.Provider);
        var keeper = await app.ApiClientAs(Role.Commissioner);
        var url = $"/api/v1/contracts/{made.Contract}/returns";
        var answers = await Task.WhenAll(
            provider.PostJsonAsync(url, MonitoringFixtures.ReturnJson(made, "2026-04-01", "96", "1")),
            keeper.PostJsonAsync(url, MonitoringFixtures.ReturnJson(made, "2026-04-01", "80", "5"))
        );
        var statuses = answers.Select(a => a.StatusCode).OrderBy(s => s).ToList();
        Assert.Equal(HttpStatusCode.Created, statuses[0]);
        Assert.Contains(statuses[1], new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict });
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.ContractKpiReturns.CountAsync(r => r.ContractId == made.Contract));
        Assert.Equal(2, await db.ContractKpiValues.CountAsync(v => v.KpiId == made.OnTime || v.KpiId == made.Missed));
    }

    [Fact]
    public async Task AnotherProvider_AnotherOrganisation_AndStaffWhoDoNotKeepContracts_CannotSend()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-API-AUTH");
        var url = $"/api/v1/contracts/{made.Contract}/returns";
        var json = MonitoringFixtures.ReturnJson(made, "2026-04-01", "96", "1");

        var otherProvider = await TestAccounts.CreateAsync(app, Role.Provider, "Dale Valley Care Homes");
        var theirs = await app.ApiClientFor(otherProvider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.PostJsonAsync(url, json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync(url)).StatusCode);

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync(url, json)).StatusCode);

        var auditor = await app.ApiClientAs(Role.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostJsonAsync(url, json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(url)).StatusCode);

        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractKpiReturns.AnyAsync(r => r.ContractId == made.Contract));
    }
}
