using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Api;

public sealed class ResourcesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Grant =
        """{"name":"API grant","funder":"DHSC","amount":100000,"likelihood":0.5,"matchFunding":10000,"recurrence":"OneOff","firstYear":2027,"viabilityScores":[5,5,5,5,5],"countAsPotentialResource":true}""";

    [Fact]
    [Trait("Criterion", "OA-P3")]
    [Trait("Criterion", "OA-P5")]
    public async Task BudgetsAndFunding_ReadAndWrite()
    {
        var client = await app.ApiClientAs(Role.FinanceOfficer);
        var heads = await client.GetJsonAsync("/api/v1/budget-heads");
        Assert.Contains(heads.EnumerateArray(), h =>
            h.GetProperty("source").GetString() == "BetterCareFund"
            && h.GetProperty("allocations").GetArrayLength() == 5
        );
        var created = await client.PostJsonAsync("/api/v1/funding-opportunities", Grant);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        Assert.Equal(45_000m, body.GetProperty("expectedValue").GetDecimal());
        Assert.True(body.GetProperty("viable").GetBoolean());
        var id = body.GetProperty("id").GetGuid();
        var stale = await client.PutJsonAsync(
            $"/api/v1/funding-opportunities/{id}",
            Grant.TrimEnd('}') + ",\"version\":7}"
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var bad = await client.PostJsonAsync(
            "/api/v1/funding-opportunities",
            Grant.Replace("\"likelihood\":0.5", "\"likelihood\":1.5")
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("likelihood", (await bad.ReadJsonAsync()).ErrorFields());
        var provider = await app.ApiClientAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/v1/funding-opportunities")).StatusCode);
    }

    [Fact]
    [Trait("Criterion", "OA-P3")]
    public async Task BudgetHead_CreatedRenamedGivenMoneyAndArchived_ThroughTheApi()
    {
        var client = await app.ApiClientAs(Role.FinanceOfficer);
        var created = await client.PostJsonAsync(
            "/api/v1/budget-heads",
            """{"name":"Carers' breaks","code":"ASC-CB","source":"Council"}"""
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var head = await created.ReadJsonAsync();
        var id = head.GetProperty("id").GetGuid();
        var version = head.GetProperty("version").GetInt32();

        var renamed = await client.PutJsonAsync(
            $"/api/v1/budget-heads/{id}",
            $$"""{"name":"Carers' breaks and respite","code":"ASC-CB","source":"Council","version":{{version}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Carers' breaks and respite", (await renamed.ReadJsonAsync()).GetProperty("name").GetString());
        var stale = await client.PutJsonAsync(
            $"/api/v1/budget-heads/{id}",
            $$"""{"name":"Old name","source":"Council","version":{{version}}}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(version + 1, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());

        var money = await client.PutJsonAsync(
            $"/api/v1/budget-heads/{id}/allocations",
            """[{"year":2027,"amount":120000.50},{"year":2028,"amount":125000,"note":"MTFP"}]"""
        );
        Assert.Equal(HttpStatusCode.OK, money.StatusCode);
        var allocations = (await money.ReadJsonAsync()).GetProperty("allocations");
        Assert.Equal(
            ["2027/28", "2028/29"],
            allocations.EnumerateArray().Select(a => a.GetProperty("financialYear").GetString())
        );
        Assert.Equal(120_000.50m, allocations[0].GetProperty("amount").GetDecimal());

        // A repeated year, or a negative amount, changes nothing.
        var bad = await client.PutJsonAsync(
            $"/api/v1/budget-heads/{id}/allocations",
            """[{"year":2027,"amount":1},{"year":2027,"amount":-5}]"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                120_000.50m,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == id && a.Year == 2027)).Amount
            );

        Assert.Equal(
            HttpStatusCode.OK,
            (await client.PostAsync($"/api/v1/budget-heads/{id}/archive", null)).StatusCode
        );
        var live = await client.GetJsonAsync("/api/v1/budget-heads");
        Assert.DoesNotContain(live.EnumerateArray(), h => h.GetProperty("id").GetGuid() == id);
        var all = await client.GetJsonAsync("/api/v1/budget-heads?archived=true");
        Assert.Contains(all.EnumerateArray(), h =>
            h.GetProperty("id").GetGuid() == id && h.GetProperty("archived").GetBoolean()
        );

        var invalid = await client.PostJsonAsync("/api/v1/budget-heads", """{"name":"","source":"Lottery"}""");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var stakeholder = await app.ApiClientAs(Role.Stakeholder);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await stakeholder.PostJsonAsync("/api/v1/budget-heads", """{"name":"Mine","source":"Council"}""")
            ).StatusCode
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P3")]
    [Trait("Criterion", "OA-P11")]
    public async Task Virement_RequestedAndDecidedThroughTheApi_MovesTheMoneyOnlyWhenApproved()
    {
        const decimal fromBefore = 73_348_200m,
            toBefore = 9_571_680m;
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var from = (
            await new BudgetHeadBuilder(app)
                .In(org)
                .Named("Adult social care – older people", "ASC-OP")
                .Holding(2028, fromBefore)
                .SaveAsync()
        ).Id;
        var to = (
            await new BudgetHeadBuilder(app)
                .In(org)
                .Named("Better Care Fund – hospital discharge", "BCF-HD")
                .Holding(2028, toBefore)
                .SaveAsync()
        ).Id;
        var commissioner = await app.ApiClientAs(
            await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync()
        );
        var tooMuch = await commissioner.PostJsonAsync(
            "/api/v1/virements",
            $$"""{"fromHeadId":"{{from}}","toHeadId":"{{to}}","year":2028,"amount":{{fromBefore + 1}},"reason":"Everything"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("amount", (await tooMuch.ReadJsonAsync()).ErrorFields());

        var asked = await commissioner.PostJsonAsync(
            "/api/v1/virements",
            $$"""{"fromHeadId":"{{from}}","toHeadId":"{{to}}","year":2028,"amount":75000,"reason":"Reablement pilot"}"""
        );
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var id = (await asked.ReadJsonAsync()).GetProperty("id").GetGuid();
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                fromBefore,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == from && a.Year == 2028)).Amount
            );

        // The commissioner may not decide; a finance officer who did not ask may.
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await commissioner.PostJsonAsync($"/api/v1/virements/{id}/decision", """{"approve":true}""")).StatusCode
        );
        var finance = await app.ApiClientAs(await new UserBuilder(app).WithRole(Role.FinanceOfficer, org).SaveAsync());
        var approved = await finance.PostJsonAsync(
            $"/api/v1/virements/{id}/decision",
            """{"approve":true,"note":"Agreed"}"""
        );
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await approved.ReadJsonAsync()).GetProperty("status").GetString());
        await using (var scope = app.Scope(out var db))
        {
            Assert.Equal(
                fromBefore - 75_000m,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == from && a.Year == 2028)).Amount
            );
            Assert.Equal(
                toBefore + 75_000m,
                (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == to && a.Year == 2028)).Amount
            );
        }
        var again = await finance.PostJsonAsync($"/api/v1/virements/{id}/decision", """{"approve":false}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var list = await finance.GetJsonAsync("/api/v1/virements?status=Approved");
        Assert.Contains(list.EnumerateArray(), v =>
            v.GetProperty("id").GetGuid() == id && v.GetProperty("financialYear").GetString() == "2028/29"
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P10")]
    [Trait("Criterion", "OA-P11")]
    public async Task OtherResource_CommittedAndReleased_WithTheImpactOnWhatIsLeft()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var created = await client.PostJsonAsync(
            "/api/v1/other-resources",
            """{"name":"Day centre rooms","kind":"Building","unit":"rooms","year":2027,"available":6}"""
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var resource = await created.ReadJsonAsync();
        var id = resource.GetProperty("id").GetGuid();
        var v = resource.GetProperty("version").GetInt32();

        var committed = await client.PostJsonAsync(
            $"/api/v1/other-resources/{id}/commitments",
            $$"""{"purpose":"Dementia day service","quantity":4,"version":{{v}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
        var body = await committed.ReadJsonAsync();
        Assert.Equal(2m, body.GetProperty("remaining").GetDecimal());
        Assert.Contains("leaves 2 rooms in 2027/28 for everything else", body.GetProperty("impact").GetString());

        var over = await client.PostJsonAsync(
            $"/api/v1/other-resources/{id}/commitments",
            $$"""{"purpose":"Carers' café","quantity":3,"version":{{v + 1}}}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("confirm", (await over.ReadJsonAsync()).ErrorFields());
        var stale = await client.PostJsonAsync(
            $"/api/v1/other-resources/{id}/commitments",
            $$"""{"purpose":"Carers' café","quantity":1,"version":{{v}}}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var commitment = body.GetProperty("commitments")[0].GetProperty("id").GetGuid();
        var released = await client.DeleteAsync(
            $"/api/v1/other-resources/{id}/commitments/{commitment}?version={v + 1}"
        );
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(6m, (await released.ReadJsonAsync()).GetProperty("remaining").GetDecimal());

        var changed = await client.PutJsonAsync(
            $"/api/v1/other-resources/{id}",
            $$"""{"name":"Day centre rooms","kind":"Building","unit":"rooms","year":2027,"available":5,"version":{{v + 2}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var bad = await client.PostJsonAsync(
            "/api/v1/other-resources",
            """{"name":"Vans","kind":"Equipment","unit":"vans","year":1999,"available":-1}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["available", "year"], (await bad.ReadJsonAsync()).ErrorFields().Order());
        var provider = await app.ApiClientAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/v1/other-resources")).StatusCode);
    }
}
