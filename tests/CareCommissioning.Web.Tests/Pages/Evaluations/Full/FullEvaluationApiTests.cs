using System.Net;
using System.Text.Json;
using CareCommissioning.Domain.Contracts;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Evaluations.Full;

/// <summary>The full evaluation over the API with a personal token: the same rules, versions and visibility as its
/// pages, from the status to completion.</summary>
public sealed class FullEvaluationApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int VersionOf(JsonElement body) => body.GetProperty("version").GetInt32();

    private string Day(int days) => app.Today.AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    [Trait("Criterion", "EV-P11")]
    [Trait("Criterion", "EV-P12")]
    [Trait("Criterion", "EV-P13")]
    [Trait("Criterion", "EV-P15")]
    [Trait("Criterion", "EV-P17")]
    [Trait("Criterion", "EV-P19")]
    [Trait("Criterion", "EV-P20")]
    [Trait("Criterion", "EV-P21")]
    public async Task TheFullEvaluation_RunsOverTheApi_RefusingBadInput_AndCompletingSchedulesTheNext()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var api = await app.ApiClientAs(built.Keeper);
        int version;
        await using (var scope = app.Scope(out var db))
            version = (await db.StrategyEvaluations.SingleAsync(e => e.Id == built.Id)).Version;

        var noVersion = await api.PutJsonAsync(
            built.Api("/status"),
            $$"""{"standing": "Service", "sponsor": "Director", "agreedBy": "DMT", "agreedOn": "{{Day(0)}}"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal(["version"], (await noVersion.ReadJsonAsync()).ErrorFields());
        var status = await api.PutJsonAsync(
            built.Api("/status"),
            $$"""{"standing": "Service", "sponsor": "Director", "agreedBy": "DMT", "agreedOn": "{{Day(0)}}", "version": {{version}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var stale = await api.PutJsonAsync(
            built.Api("/status"),
            $$"""{"standing": "Service", "sponsor": "Chief Executive", "agreedBy": "DMT", "agreedOn": "{{Day(0)}}", "version": {{version}}}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        version = (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32();

        var plan = await api.PutJsonAsync(
            built.Api("/plan"),
            $$"""
            {"scope": "Breaks for carers", "methods": ["Process", "ValueForMoney"], "indicators": "Days to a break",
             "startsOn": "{{Day(7)}}", "reportsBy": "{{Day(
                180
            )}}", "roles": [{"who": "Amina", "responsibility": "Leads"}],
             "developedWith": "Carers' forum", "version": {{version}}}
            """
        );
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        var aims = await api.PutJsonAsync(
            built.Api("/wider-aims"),
            $$"""
            {"aims": [{"aim": "Independence at home", "effect": "Hinders", "analysis": "Waits wear carers out"}],
             "version": {{VersionOf(await plan.ReadJsonAsync())}}}
            """
        );
        Assert.Equal(HttpStatusCode.OK, aims.StatusCode);

        const string impactJson = """
            "title": "Carers wait months for a break", "direction": "Negative", "term": "ShortTerm",
            "importance": "High", "certainty": "Medium", "affects": "Carers", "identifiedWith": "Carers' forum"
            """;
        var unevidenced = await api.PostJsonAsync(built.Api("/impacts"), $$"""{{{impactJson}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, unevidenced.StatusCode);
        Assert.Equal(["evidenceIds"], (await unevidenced.ReadJsonAsync()).ErrorFields());
        var impact = await api.PostJsonAsync(
            built.Api("/impacts"),
            $$"""{{{impactJson}}, "evidenceIds": ["{{built.EvidenceId}}"]}"""
        );
        Assert.Equal(HttpStatusCode.Created, impact.StatusCode);
        var impactId = (await impact.ReadJsonAsync()).GetProperty("id").GetGuid();
        var matrix = await api.GetJsonAsync(built.Api("/impacts/matrix"));
        Assert.Equal(-3, matrix.GetProperty("shortTermBalance").GetInt32());
        Assert.Equal(4, matrix.GetProperty("cells").GetArrayLength());

        const string recommendationJson = """
            "text": "Commission online booking of breaks", "rationale": "Waits are the worst impact",
            "developedWith": "Carers' forum"
            """;
        var unlinked = await api.PostJsonAsync(built.Api("/recommendations"), $$"""{{{recommendationJson}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, unlinked.StatusCode);
        Assert.Equal(["impactIds"], (await unlinked.ReadJsonAsync()).ErrorFields());
        var added = await api.PostJsonAsync(
            built.Api("/recommendations"),
            $$"""{{{recommendationJson}}, "impactIds": ["{{impactId}}"], "proposalIds": ["{{built.ProposalId}}"]}"""
        );
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var recommendation = await added.ReadJsonAsync();
        var rid = recommendation.GetProperty("id").GetGuid();
        var decided = await api.PostJsonAsync(
            built.Api($"/recommendations/{rid}/decision"),
            $$"""{"agreed": true, "decidedBy": "DMT", "decidedOn": "{{Day(0)}}", "version": {{VersionOf(recommendation)}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var followUp = await api.PostJsonAsync(
            built.Api($"/recommendations/{rid}/follow-up"),
            $$"""{"kind": "NewAppraisal", "version": {{VersionOf(await decided.ReadJsonAsync())}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        var appraisalId = (await followUp.ReadJsonAsync()).GetProperty("recordId").GetGuid();

        const string risksJson = """
            "riskOfAction": {"description": "Some carers are offline", "likelihood": 3, "impact": 2},
            "riskOfInaction": {"description": "Carers stop caring", "likelihood": 4, "impact": 5}
            """;
        var badAction = await api.PostJsonAsync(
            built.Api("/actions"),
            $$"""{"recommendationId": "{{rid}}", "text": "Procure it", "dueOn": "{{Day(-1)}}", {{risksJson}}}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, badAction.StatusCode);
        Assert.Equal(["owner", "dueOn"], (await badAction.ReadJsonAsync()).ErrorFields());
        var action = await api.PostJsonAsync(
            built.Api("/actions"),
            $$"""{"recommendationId": "{{rid}}", "text": "Procure it", "owner": "Head of Commissioning", "dueOn": "{{Day(90)}}", {{risksJson}}}"""
        );
        Assert.Equal(HttpStatusCode.Created, action.StatusCode);
        var planned = await action.ReadJsonAsync();
        Assert.Equal(20, planned.GetProperty("riskOfInaction").GetProperty("score").GetInt32());

        await using (var scope = app.Scope(out var db))
            version = (await db.StrategyEvaluations.SingleAsync(e => e.Id == built.Id)).Version;
        var completed = await api.PostJsonAsync(
            built.Api("/complete"),
            $$"""{"conclusion": "Breaks work when carers can book them", "version": {{version}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(
            app.Today.AddMonths(12).ToString("yyyy-MM-dd"),
            (await completed.ReadJsonAsync()).GetProperty("nextEvaluationDue").GetString()
        );
        await using (var scope = app.Scope(out var db))
        {
            Assert.True(await db.Appraisals.AnyAsync(a => a.Id == appraisalId));
            Assert.Equal(
                2,
                await db.Risks.CountAsync(r =>
                    r.LinkedRecordType == "EvaluationAction" && r.OrganisationId == built.Keeper.OrganisationId
                )
            );
        }
    }

    [Fact]
    [Trait("Criterion", "EV-P20")]
    public async Task AnAgreedRecommendation_ChangesOnlyItsOwnOrganisationsContract_AndTheContractShowsIt()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var org = built.Keeper.OrganisationId;
        var supplier = await new SupplierBuilder(app).In(org).SaveAsync();
        var elsewhere = await new SupplierBuilder(app).SaveAsync();
        var now = app.Clock.GetUtcNow();
        Contract Made(Guid organisation, Guid supplierId, string reference) =>
            new()
            {
                OrganisationId = organisation,
                Reference = reference,
                Title = "Carers' breaks " + reference,
                SupplierId = supplierId,
                Type = ContractType.Block,
                Status = ContractStatus.Active,
                CpvCode = "85311200-4",
                AwardRoute = AwardRoute.LightTouchCompetitive,
                Value = 250_000m,
                StartDate = app.Today.AddMonths(-6),
                EndDate = app.Today.AddYears(2),
                CreatedAt = now,
                UpdatedAt = now,
            };
        var ours = Made(org, supplier.Id, "EV-" + TestData.Mark());
        var theirs = Made(elsewhere.OrganisationId, elsewhere.Id, "EV-" + TestData.Mark());
        await using (var scope = app.Scope(out var db))
        {
            db.Contracts.AddRange(ours, theirs);
            await db.SaveChangesAsync();
        }
        var api = await app.ApiClientAs(built.Keeper);
        var added = await api.PostJsonAsync(
            built.Api("/recommendations"),
            $$"""
            {"text": "Add weekend breaks to the contract", "rationale": "Most carers work weekdays",
             "evidenceIds": ["{{built.EvidenceId}}"], "developedWith": "Carers' forum"}
            """
        );
        var r = await added.ReadJsonAsync();
        var rid = r.GetProperty("id").GetGuid();
        var early = await api.PostJsonAsync(
            built.Api($"/recommendations/{rid}/follow-up"),
            $$"""{"kind": "ContractChange", "recordId": "{{ours.Id}}", "version": {{VersionOf(r)}}}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Only an agreed recommendation", await early.Content.ReadAsStringAsync());
        var decided = await (
            await api.PostJsonAsync(
                built.Api($"/recommendations/{rid}/decision"),
                $$"""{"agreed": true, "decidedBy": "DMT", "decidedOn": "{{Day(0)}}", "version": {{VersionOf(r)}}}"""
            )
        ).ReadJsonAsync();
        var guessed = await api.PostJsonAsync(
            built.Api($"/recommendations/{rid}/follow-up"),
            $$"""{"kind": "ContractChange", "recordId": "{{theirs.Id}}", "version": {{VersionOf(decided)}}}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
        Assert.Equal(["recordId"], (await guessed.ReadJsonAsync()).ErrorFields());
        var started = await api.PostJsonAsync(
            built.Api($"/recommendations/{rid}/follow-up"),
            $$"""{"kind": "ContractChange", "recordId": "{{ours.Id}}", "version": {{VersionOf(decided)}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(ours.Id, (await started.ReadJsonAsync()).GetProperty("recordId").GetGuid());

        var client = await app.SignedInAs(built.Keeper);
        var contract = await client.GetDocumentAsync($"/contracts/{ours.Id}");
        var note = contract.QuerySelector(".app-started-by")!;
        Assert.Contains("Add weekend breaks to the contract", note.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/evaluations/{built.Id}/recommendations", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnotherOrganisation_GetsNotFound()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var other = await new UserBuilder(app).WithRole(Role.Commissioner).SaveAsync();
        var api = await app.ApiClientAs(other);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(built.Api("/impacts"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(built.Api("/impacts/matrix"))).StatusCode);
        var put = await api.PutJsonAsync(
            built.Api("/status"),
            """{"standing": "Service", "sponsor": "Me", "agreedBy": "Me", "agreedOn": "2026-12-01", "version": 0}"""
        );
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        var bad = await api.PostJsonAsync(built.Api("/impacts"), """{"title": """);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
