using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>The implementation plan over the API: the same rules, versions and visibility as its pages.</summary>
public sealed class ImplementationPlanApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "CD-P20")]
    public async Task ThePlan_IsSetOutSharedAndChanged_WithAReasonAfterSharing()
    {
        var api = await app.ApiClientAs(Role.Commissioner);
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var contract = await ContractFixtures.AddAsync(
            app,
            commissioner,
            await ContractFixtures.FormAsync(app, "PLAN-API")
        );
        var plan = $"/api/v1/contracts/{contract}/plan";
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(plan)).StatusCode);

        var malformed = await api.PutJsonAsync(plan, """{"summary": "Go", "contingencyBudget": "lots"}""");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("contingencyBudget", await malformed.Content.ReadAsStringAsync());
        var blank = await api.PutJsonAsync(
            plan,
            """{"summary": " ", "contingencyBudget": 1000, "contingencySpent": 2000.001}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(["summary", "contingencySpent"], (await blank.ReadJsonAsync()).ErrorFields());

        var set = await api.PutJsonAsync(plan, """{"summary": "Open bookings in April", "contingencyBudget": 10000}""");
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var body = await set.ReadJsonAsync();
        Assert.Equal(1, body.GetProperty("planVersion").GetInt32());
        Assert.Contains(
            "The plan has no activities yet",
            body.GetProperty("flags").EnumerateArray().Select(f => f.GetString())
        );

        var noOwner = await api.PostJsonAsync(
            $"{plan}/activities",
            """{"title": "Recruit", "owner": "", "dueDate": "2027-02-01"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, noOwner.StatusCode);
        Assert.Equal(["owner"], (await noOwner.ReadJsonAsync()).ErrorFields());
        var noDate = await api.PostJsonAsync($"{plan}/activities", """{"title": "Recruit", "owner": "Priya"}""");
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);

        var added = await api.PostJsonAsync(
            $"{plan}/activities",
            """{"title": "Check CQC registration", "owner": "Priya", "dueDate": "2026-11-01", "regulatoryRequirement": "CQC registration"}"""
        );
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var activity = await added.ReadJsonAsync();
        Assert.Equal("Late", activity.GetProperty("status").GetString());
        Assert.Equal(36, activity.GetProperty("daysSlipped").GetInt32());

        Assert.Equal(
            HttpStatusCode.Created,
            (
                await api.PostJsonAsync(
                    $"{plan}/shares",
                    """{"recipients": "Carers' forum", "formats": ["EasyRead"], "planVersion": 1}"""
                )
            ).StatusCode
        );
        var change =
            $$"""{"title": "Check CQC registration", "owner": "Priya", "dueDate": "2027-01-15", "version": {{activity.GetProperty("version").GetInt32()}}}""";
        var noReason = await api.PutJsonAsync($"{plan}/activities/{activity.GetProperty("id").GetGuid()}", change);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["reason"], (await noReason.ReadJsonAsync()).ErrorFields());
        var withReason = await api.PutJsonAsync(
            $"{plan}/activities/{activity.GetProperty("id").GetGuid()}",
            change.Replace("\"version\"", "\"reason\": \"The provider's new office opens later\", \"version\"")
        );
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);

        var read = await api.GetJsonAsync(plan);
        Assert.Equal(2, read.GetProperty("planVersion").GetInt32());
        Assert.Equal(1, read.GetProperty("sharedVersion").GetInt32());
        Assert.Equal(
            "The provider's new office opens later",
            read.GetProperty("changes")[0].GetProperty("reason").GetString()
        );
        Assert.Equal("EasyRead", read.GetProperty("shares")[0].GetProperty("formats")[0].GetString());

        // A share recorded against the version before is refused.
        var stale = await api.PostJsonAsync(
            $"{plan}/shares",
            """{"recipients": "Board", "formats": ["WebPage"], "planVersion": 1}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    [Trait("Criterion", "CD-P15")]
    public async Task AnActivity_DeliversAProvisionOfTheContractsDesign_AndNoOther()
    {
        var api = await app.ApiClientAs(Role.Commissioner);
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var contract = await ContractFixtures.AddAsync(
            app,
            commissioner,
            await ContractFixtures.FormAsync(app, "PLAN-PROV")
        );
        Guid provision;
        await using (var scope = app.Scope(out var db))
        {
            var design = await db.ContractDesigns.SingleAsync(d => d.Title == DemoContractDesign.Title);
            (await db.Contracts.SingleAsync(c => c.Id == contract)).DesignId = design.Id;
            await db.SaveChangesAsync();
            provision = await db.ContractProvisions.Where(p => p.DesignId == design.Id).Select(p => p.Id).FirstAsync();
        }
        var plan = $"/api/v1/contracts/{contract}/plan";
        await api.PutJsonAsync(plan, """{"summary": "Open bookings in April"}""");

        var stranger = await api.PostJsonAsync(
            $"{plan}/activities",
            $$"""{"title": "Agree payment terms", "owner": "Priya", "dueDate": "2027-02-01", "provisionId": "{{Guid.NewGuid()}}"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal(["provisionId"], (await stranger.ReadJsonAsync()).ErrorFields());

        var linked = await api.PostJsonAsync(
            $"{plan}/activities",
            $$"""{"title": "Agree payment terms", "owner": "Priya", "dueDate": "2027-02-01", "provisionId": "{{provision}}"}"""
        );
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        var page = await commissioner.GetDocumentAsync($"/contracts/{contract}/plan");
        Assert.Contains("Provision: ", page.QuerySelector("[aria-label=Activities] tbody")!.TextContent);
    }

    [Fact]
    public async Task TheProviderReadsIt_AndAnotherOrganisationFindsNothing()
    {
        Guid own;
        await using (var scope = app.Scope(out var db))
            own = await db
                .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
                .Select(c => c.Id)
                .SingleAsync();
        var plan = $"/api/v1/contracts/{own}/plan";
        var api = await app.ApiClientAs(Role.Commissioner);
        await api.PutJsonAsync(plan, """{"summary": "Hand over by area"}""");

        var provider = await app.ApiClientAs(Role.Provider);
        Assert.Equal("Hand over by area", (await provider.GetJsonAsync(plan)).GetProperty("summary").GetString());
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await provider.PutJsonAsync(plan, """{"summary": "Ours now"}""")).StatusCode
        );

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(plan)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutJsonAsync(plan, """{"summary": "Hijack"}""")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await other.PostJsonAsync(
                    $"{plan}/reflections",
                    """{"whatWentWell": "x", "areasForDevelopment": "y"}"""
                )
            ).StatusCode
        );
    }
}
