using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// A contract's KPIs, poor-performance actions, visits and feedback over the API, with a personal token: the same
/// rules and people as the pages; a change sent with a version someone has moved on from is 409; bad JSON is 400
/// naming the field; another organisation's contract is not found.
/// </summary>
public sealed class ContractMonitoringApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kpi = """
        {"name": "Reviews done on time", "unit": "Percentage", "direction": "HigherIsBetter", "target": 90,
         "amberTolerance": 5, "redThreshold": 75, "frequency": "Quarterly"}
        """;

    private const string Visit = """
        {"trigger": "Planned", "plannedOn": "2026-12-01", "evidenceRequested": "Care plans and rotas"}
        """;

    private static string Done(int version) =>
        $$"""
            {"trigger": "Planned", "plannedOn": "2026-12-01", "doneOn": "2026-12-03",
             "visitedBy": "Quality officer", "findings": "Outcome on independence met for 10 of 12 people",
             "version": {{version}}}
            """;

    private const string Feedback = """
        {"receivedOn": "2026-12-02", "source": "PersonUsingService", "channel": "Compliment",
         "said": "My carer always has time for a chat", "kind": "Compliment"}
        """;

    [Fact]
    public async Task KeepersAddAndChangeKpis_WithTheVersionTheyRead_AndAStaleChangeIs409()
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "API-KPI");
        var api = await app.ApiClientAs(Role.Commissioner);
        var url = $"/api/v1/contracts/{m.Contract}/kpis";
        Assert.Equal(2, (await api.GetJsonAsync(url)).GetArrayLength());

        var added = await api.PostJsonAsync(url, Kpi);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var kpi = await added.ReadJsonAsync();
        var kpiUrl = $"{url}/{kpi.GetProperty("id").GetGuid()}";
        var version = kpi.GetProperty("version").GetInt32();

        var changed = await api.PutJsonAsync(
            kpiUrl,
            Kpi.Replace("\"target\": 90", "\"target\": 92")[..^1] + $", \"version\": {version}}}"
        );
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(92m, (await changed.ReadJsonAsync()).GetProperty("target").GetDecimal());
        var stale = await api.PutJsonAsync(kpiUrl, Kpi[..^1] + $", \"version\": {version}}}");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(3, (await api.GetJsonAsync(url)).GetArrayLength());

        var bad = await api.PostJsonAsync(url, Kpi.Replace("\"Reviews done on time\"", "\"\""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["name"], (await bad.ReadJsonAsync()).ErrorFields());
        var badJson = await api.PostJsonAsync(url, Kpi.Replace("\"Quarterly\"", "\"Fortnightly\""));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Contains("frequency", await badJson.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, (await api.GetJsonAsync(url)).GetArrayLength());
    }

    [Fact]
    public async Task AnActionOnTheRedKpi_IsRecorded_AndClosed_ButNotOnAGreenOne()
    {
        var home = await HomeCareAsync();
        var api = await app.ApiClientAs(Role.Commissioner);
        Guid red,
            green;
        await using (var scope = app.Scope(out var db))
        {
            red = await db
                .ContractKpis.Where(k => k.ContractId == home && k.Name == DemoMonitoring.OnTimeKpi)
                .Select(k => k.Id)
                .SingleAsync();
            green = await db
                .ContractKpis.Where(k =>
                    k.ContractId == home && k.Name == "Care workers with up-to-date safeguarding training"
                )
                .Select(k => k.Id)
                .SingleAsync();
        }
        string Action(Guid kpi, string extra = "") =>
            $$"""
                {"kpiId": "{{kpi}}", "stage": "ImprovementPlan", "agreed": "Recruit four care workers",
                 "owner": "Contract manager", "dueOn": "2027-01-31"{{extra}}}
                """;
        var url = $"/api/v1/contracts/{home}/actions";
        var refused = await api.PostJsonAsync(url, Action(green));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["kpiId"], (await refused.ReadJsonAsync()).ErrorFields());

        var added = await api.PostJsonAsync(url, Action(red));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var action = await added.ReadJsonAsync();
        Assert.Equal("Open", action.GetProperty("status").GetString());
        var actionUrl = $"{url}/{action.GetProperty("id").GetGuid()}";
        var version = action.GetProperty("version").GetInt32();

        var noOutcome = await api.PutJsonAsync(
            actionUrl,
            Action(red, $", \"closedOn\": \"2026-12-07\", \"version\": {version}")
        );
        Assert.Equal(["outcome"], (await noOutcome.ReadJsonAsync()).ErrorFields());
        var closed = await api.PutJsonAsync(
            actionUrl,
            Action(red, $", \"closedOn\": \"2026-12-07\", \"outcome\": \"Back to 96%\", \"version\": {version}")
        );
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Closed on 7 December 2026", (await closed.ReadJsonAsync()).GetProperty("status").GetString());
        var stale = await api.PutJsonAsync(actionUrl, Action(red, $", \"version\": {version}"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var list = await api.GetJsonAsync(url);
        Assert.Equal("Back to 96%", list[0].GetProperty("outcome").GetString());
    }

    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task AVisitsFindings_AreRecordedAgainstThePlan_OverTheApi_AndMoveTheNextVisitDue()
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "API-VISIT");
        var api = await app.ApiClientAs(Role.Commissioner);
        var url = $"/api/v1/contracts/{m.Contract}/visits";
        var plan = await api.GetJsonAsync(url);
        Assert.Equal("Twice a year", plan.GetProperty("frequency").GetString());
        Assert.Equal("2026-10-01", plan.GetProperty("nextVisitDue").GetString());
        Assert.True(plan.GetProperty("nextVisitOverdue").GetBoolean());

        var reactive = await api.PostJsonAsync(url, Visit.Replace("\"Planned\"", "\"Complaint\""));
        Assert.Equal(HttpStatusCode.BadRequest, reactive.StatusCode);
        Assert.Equal(["triggerDescription"], (await reactive.ReadJsonAsync()).ErrorFields());

        var added = await api.PostJsonAsync(url, Visit);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var visit = await added.ReadJsonAsync();
        var visitUrl = $"{url}/{visit.GetProperty("id").GetGuid()}";
        var version = visit.GetProperty("version").GetInt32();
        var done = await api.PutJsonAsync(visitUrl, Done(version));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Done on 3 December 2026", (await done.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutJsonAsync(visitUrl, Done(version))).StatusCode);

        var after = await api.GetJsonAsync(url);
        Assert.Equal("2027-06-03", after.GetProperty("nextVisitDue").GetString());
        Assert.False(after.GetProperty("nextVisitOverdue").GetBoolean());
        Assert.Equal(
            "Outcome on independence met for 10 of 12 people",
            after.GetProperty("visits")[0].GetProperty("findings").GetString()
        );

        var badDate = await api.PostJsonAsync(url, Visit.Replace("2026-12-01", "next Tuesday"));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("plannedOn", await badDate.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.ContractVisits.CountAsync(v => v.ContractId == m.Contract));
    }

    [Fact]
    public async Task TheProvider_ReadsVisits_AndRecordsFeedbackOnItsOwnContract_ButNotVisits()
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "API-FB");
        var provider = await app.ApiClientAs(Role.Provider);
        var url = $"/api/v1/contracts/{m.Contract}/feedback";
        var added = await provider.PostJsonAsync(url, Feedback);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.True((await added.ReadJsonAsync()).GetProperty("recordedByProvider").GetBoolean());
        var keeper = await app.ApiClientAs(Role.Commissioner);
        var older = await keeper.PostJsonAsync(
            url,
            Feedback.Replace("2026-12-02", "2026-11-02").Replace("\"Compliment\"", "\"Complaint\"")
        );
        Assert.Equal(HttpStatusCode.Created, older.StatusCode);
        var list = await provider.GetJsonAsync(url);
        Assert.Equal(
            ["2026-12-02", "2026-11-02"],
            list.EnumerateArray().Select(f => f.GetProperty("receivedOn").GetString())
        );

        var bad = await provider.PostJsonAsync(
            url,
            Feedback.Replace("\"My carer always has time for a chat\"", "\"\"")
        );
        Assert.Equal(["said"], (await bad.ReadJsonAsync()).ErrorFields());

        var visits = await provider.GetJsonAsync($"/api/v1/contracts/{m.Contract}/visits");
        Assert.Equal(0, visits.GetProperty("reasons").GetArrayLength());
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await provider.PostJsonAsync($"/api/v1/contracts/{m.Contract}/visits", Visit)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await provider.PostJsonAsync($"/api/v1/contracts/{m.Contract}/kpis", Kpi)).StatusCode
        );
    }

    [Fact]
    public async Task AnotherOrganisation_AndTheProviderOfAnotherContract_FindNothing()
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "API-AUTH");
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);
        var baseUrl = $"/api/v1/contracts/{m.Contract}";
        foreach (var part in new[] { "kpis", "actions", "visits", "feedback" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{baseUrl}/{part}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"{baseUrl}/kpis", Kpi)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"{baseUrl}/visits", Visit)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.PutJsonAsync($"{baseUrl}/kpis/{m.OnTime}", Kpi[..^1] + ", \"version\": 1}")).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"{baseUrl}/feedback", Feedback)).StatusCode);

        var otherProvider = await TestAccounts.CreateAsync(app, Role.Provider, "Dale Valley Care Homes");
        var theirs = await app.ApiClientFor(otherProvider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.PostJsonAsync($"{baseUrl}/feedback", Feedback)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"{baseUrl}/visits")).StatusCode);

        var auditor = await app.ApiClientAs(Role.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"{baseUrl}/visits")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await auditor.PostJsonAsync($"{baseUrl}/feedback", Feedback)).StatusCode
        );
        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractFeedback.AnyAsync(f => f.ContractId == m.Contract));
        Assert.False(await db.ContractVisits.AnyAsync(v => v.ContractId == m.Contract));
    }

    private async Task<Guid> HomeCareAsync()
    {
        await using var scope = app.Scope(out var db);
        return await db
            .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
            .Select(c => c.Id)
            .SingleAsync();
    }
}
