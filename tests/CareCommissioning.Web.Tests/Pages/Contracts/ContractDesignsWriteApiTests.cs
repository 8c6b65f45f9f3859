using System.Net;
using System.Text.Json;
using CareCommissioning.Domain.Contracts.Design;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>Changing priority outcomes and contract designs over the API with a personal token: the same rules,
/// versions, audit and visibility as their pages.</summary>
public sealed class ContractDesignsWriteApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Outcomes = "/api/v1/contracts/outcomes";
    private const string Designs = "/api/v1/contracts/designs";

    private static int VersionOf(JsonElement body) => body.GetProperty("version").GetInt32();

    /// <summary>An entered outcome, assessed and recommended, by the API; its id.</summary>
    private static async Task<Guid> RecommendedOutcomeAsync(HttpClient api, string title)
    {
        var created = await api.PostJsonAsync(
            Outcomes,
            $$"""{"title": "{{title}}", "agreedWith": "Carers' forum, at the November listening event", "agreedOn": "2026-11-12", "indicator": "Share of carers with a break booked", "target": "80% by March 2028"}"""
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var outcome = await created.ReadJsonAsync();
        var id = outcome.GetProperty("id").GetGuid();
        var assessed = await api.PutJsonAsync($"{Outcomes}/{id}", Assessment(title, VersionOf(outcome)));
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        return id;
    }

    private static string Assessment(string title, int version, bool implications = true) =>
        $$"""
            {"title": "{{title}}", "agreedWith": "Carers' forum, at the November listening event",
             "agreedOn": "2026-11-12", "indicator": "Share of carers with a break booked", "target": "80% by March 2028",
             "costImplications": {{(implications ? "\"About £400,000 a year from the carers' budget\"" : "null")}},
             "resourceImplications": "A contract manager one day a week",
             "riskImplications": "Too few providers of short breaks", "sustainabilityImplications": "Demand grows 3% a year",
             "conflict": "Competes with day services for the same budget", "resolution": "Day services funded first",
             "resolvedBy": "Head of Commissioning", "resolvedOn": "2026-11-20", "recommended": true,
             "howSpecified": "A service requirement with a KPI", "howEvidenced": "A monthly booking extract",
             "version": {{version}}}
            """;

    [Fact]
    public async Task AnOutcome_IsEnteredAssessedAndRecommended_ThenADesignIsFilledPartByPart_AndMadeReady()
    {
        var api = await app.ApiClientAs(Role.Commissioner);

        // An entered outcome needs who agreed it and when; nothing is saved when it breaks a rule.
        var future = await api.PostJsonAsync(
            Outcomes,
            """{"title": "Breaks booked early", "agreedWith": "Carers' forum", "agreedOn": "2027-06-01"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(["agreedOn"], (await future.ReadJsonAsync()).ErrorFields());
        var unreadable = await api.PostJsonAsync(Outcomes, """{"title": "Breaks", "agreedOn": "soon"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("agreedOn", await unreadable.Content.ReadAsStringAsync());

        var created = await api.PostJsonAsync(
            Outcomes,
            """{"title": "Breaks booked early", "agreedWith": "Carers' forum", "agreedOn": "2026-11-12", "indicator": "Days from asking to a break"}"""
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var outcome = await created.ReadJsonAsync();
        var outcomeId = outcome.GetProperty("id").GetGuid();
        Assert.Equal("Entered", outcome.GetProperty("source").GetString());

        // Recommending it needs its implications assessed: refused, and nothing saved.
        var early = await api.PutJsonAsync(
            $"{Outcomes}/{outcomeId}",
            Assessment("Breaks booked early", VersionOf(outcome), implications: false)
        );
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(["costImplications"], (await early.ReadJsonAsync()).ErrorFields());
        Assert.False((await api.GetJsonAsync($"{Outcomes}/{outcomeId}")).GetProperty("recommended").GetBoolean());

        var assessed = await api.PutJsonAsync(
            $"{Outcomes}/{outcomeId}",
            Assessment("Breaks booked early", VersionOf(outcome))
        );
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        var recommended = await assessed.ReadJsonAsync();
        Assert.True(recommended.GetProperty("recommended").GetBoolean());
        Assert.Equal("Head of Commissioning", recommended.GetProperty("resolvedBy").GetString());
        var stale = await api.PutJsonAsync(
            $"{Outcomes}/{outcomeId}",
            Assessment("Breaks booked late", VersionOf(outcome))
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(VersionOf(recommended), (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());

        // A design covers recommended outcomes only.
        var unknown = await api.PostJsonAsync(
            Designs,
            $$"""{"title": "Carers' breaks", "outcomeIds": ["{{Guid.NewGuid()}}"]}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["outcomeIds"], (await unknown.ReadJsonAsync()).ErrorFields());
        var started = await api.PostJsonAsync(
            Designs,
            $$"""{"title": "Carers' breaks", "outcomeIds": ["{{outcomeId}}"]}"""
        );
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var design = await started.ReadJsonAsync();
        var id = design.GetProperty("id").GetGuid();
        var at = $"{Designs}/{id}";

        // Stages may be sent in any order; an error names the row as sent.
        var backwards = await api.PutJsonAsync(
            $"{at}/agreement",
            $$"""
            {"agreements": [
              {"stage": "Mobilisation", "method": "Co-produced launch", "plannedOn": "2027-03-01"},
              {"stage": "MarketEngagement", "method": "Provider event", "plannedOn": "2027-04-01"}],
             "version": {{VersionOf(design)}}}
            """
        );
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(["agreements[0].plannedOn"], (await backwards.ReadJsonAsync()).ErrorFields());
        design = await PutPartAsync(
            api,
            $"{at}/agreement",
            """
            {"agreements": [
              {"stage": "Mobilisation", "method": "Co-produced launch", "plannedOn": "2027-05-01"},
              {"stage": "MarketEngagement", "method": "Provider event", "plannedOn": "2027-04-01"}]
            """,
            design
        );
        Assert.Equal("MarketEngagement", design.GetProperty("agreements")[0].GetProperty("stage").GetString());

        design = await PutPartAsync(
            api,
            $"{at}/approaches",
            """
            {"approaches": [
              {"approach": "TimeAndTask", "benefits": "Familiar", "drawbacks": "Rewards hours, not breaks"},
              {"approach": "OutcomesBasedPayment", "benefits": "Pays for breaks taken", "drawbacks": "Harder to price", "chosen": true}]
            """,
            design
        );
        design = await PutPartAsync(
            api,
            $"{at}/costs",
            $$"""{"costs": [{"outcomeId": "{{outcomeId}}", "unit": "night of respite", "unitCost": 27.5, "unitsPerYear": 5200, "years": 3}]""",
            design
        );
        Assert.Equal(429_000m, design.GetProperty("totalCost").GetDecimal());
        design = await PutPartAsync(
            api,
            $"{at}/objectives",
            """
            {"objectives": [{"category": "Quality", "objective": "Breaks carers rate good", "howAchieved": "Carers review each provider"}],
             "implementation": "Mobilise over three months with the carers' forum"
            """,
            design
        );
        design = await PutPartAsync(
            api,
            $"{at}/contract-type",
            """
            {"volumePredictable": false, "personDirects": true, "outcomesMeasurable": true, "providers": "Several",
             "recommendedType": "OutcomesBased", "typeReason": "Payment follows the breaks carers take"
            """,
            design
        );
        Assert.Equal("OutcomesBased", design.GetProperty("recommendedType").GetString());

        // Not ready until it has a measure for its outcome and the essential provisions.
        var notYet = await api.PostJsonAsync($"{at}/ready", $$"""{"version": {{VersionOf(design)}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, notYet.StatusCode);
        Assert.Contains("Add payment terms", await notYet.Content.ReadAsStringAsync());
        var noOutcome = await api.PostJsonAsync(
            $"{at}/provisions",
            """{"kind": "PerformanceMeasure", "title": "Breaks booked", "text": "The provider books a break within 14 days."}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, noOutcome.StatusCode);
        Assert.Equal(["outcomeId"], (await noOutcome.ReadJsonAsync()).ErrorFields());
        var provisions = new Dictionary<string, JsonElement>();
        foreach (
            var (kind, extra) in new[]
            {
                ("PerformanceMeasure", $", \"outcomeId\": \"{outcomeId}\""),
                ("PaymentTerms", ""),
                ("Safeguarding", ""),
                ("DataProtection", ""),
                ("Termination", ""),
            }
        )
        {
            var added = await api.PostJsonAsync(
                $"{at}/provisions",
                $$"""{"kind": "{{kind}}", "title": "{{kind}} clause", "text": "The provider will meet the {{kind}} terms."{{extra}}}"""
            );
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            provisions[kind] = await added.ReadJsonAsync();
        }
        design = await api.GetJsonAsync(at);
        Assert.Equal(0, design.GetProperty("missing").GetArrayLength());
        var ready = await api.PostJsonAsync($"{at}/ready", $$"""{"version": {{VersionOf(design)}}}""");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var readied = await ready.ReadJsonAsync();
        Assert.Equal("Ready", readied.GetProperty("status").GetString());

        // A stale part is refused with the version now saved.
        var staleDesign = await api.PutJsonAsync(
            $"{at}/outline",
            $$"""{"title": "Someone's old copy", "outcomeIds": ["{{outcomeId}}"], "version": {{VersionOf(design)}}}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, staleDesign.StatusCode);
        Assert.Equal(VersionOf(readied), (await staleDesign.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());

        // Changing the termination provision into another kind takes the design back to draft.
        var termination = provisions["Termination"];
        var changed = await api.PutJsonAsync(
            $"{at}/provisions/{termination.GetProperty("id").GetGuid()}",
            $$"""{"kind": "Other", "title": "Notice", "text": "Either party gives six months' notice.", "version": {{VersionOf(termination)}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Draft", (await api.GetJsonAsync(at)).GetProperty("status").GetString());

        var safeguarding = provisions["Safeguarding"];
        var removeAt = $"{at}/provisions/{safeguarding.GetProperty("id").GetGuid()}";
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await api.DeleteAsync($"{removeAt}?version={VersionOf(safeguarding) + 1}")).StatusCode
        );
        Assert.Equal(HttpStatusCode.BadRequest, (await api.DeleteAsync(removeAt)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NoContent,
            (await api.DeleteAsync($"{removeAt}?version={VersionOf(safeguarding)}")).StatusCode
        );
        design = await api.GetJsonAsync(at);
        Assert.Equal(4, design.GetProperty("provisions").GetArrayLength());
        Assert.Contains(
            "A safeguarding provision",
            design.GetProperty("missing").EnumerateArray().Select(m => m.GetString())
        );

        // Each change is audited as the pages' are.
        await using var scope = app.Scope(out var db);
        Assert.True(
            await db.AuditEntries.CountAsync(a => a.EntityType == nameof(ContractDesign) && a.EntityId == id.ToString())
                >= 7
        );
        Assert.True(
            await db.AuditEntries.AnyAsync(a =>
                a.EntityType == nameof(ContractOutcome) && a.EntityId == outcomeId.ToString()
            )
        );
        Assert.False(await db.ContractDesigns.AnyAsync(d => d.Title == "Someone's old copy"));
    }

    /// <summary>Puts a part with the design's version, expecting it saved; the design as it now is.</summary>
    private static async Task<JsonElement> PutPartAsync(HttpClient api, string url, string body, JsonElement design)
    {
        var response = await api.PutJsonAsync(url, $"{body.TrimEnd()}, \"version\": {VersionOf(design)}}}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var saved = await response.ReadJsonAsync();
        Assert.Equal(VersionOf(design) + 1, VersionOf(saved));
        return saved;
    }

    [Fact]
    public async Task TheOutcomesOfADecidedAppraisal_AreTakenOnce()
    {
        // The demo contract design took the appraisal's outcomes already; set it and them aside so they can be taken.
        await using (var scope = app.Scope(out var db))
        {
            var design = await db.ContractDesigns.SingleAsync(d => d.Title == DemoContractDesign.Title);
            db.ContractProvisions.RemoveRange(db.ContractProvisions.Where(p => p.DesignId == design.Id));
            db.ContractDesigns.Remove(design);
            db.ContractOutcomes.RemoveRange(db.ContractOutcomes.Where(o => o.AppraisalId == design.AppraisalId));
            await db.SaveChangesAsync();
        }
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = await db.Appraisals.Where(a => a.Title == DemoDecidedAppraisal.Title).Select(a => a.Id).SingleAsync();
        var api = await app.ApiClientAs(Role.Commissioner);
        var body = $$"""{"appraisalId": "{{id}}"}""";

        var taken = await api.PostJsonAsync($"{Outcomes}/from-appraisal", body);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var outcomes = await taken.ReadJsonAsync();
        Assert.True(outcomes.GetArrayLength() > 0);
        Assert.All(outcomes.EnumerateArray(), o => Assert.Equal("Appraisal", o.GetProperty("source").GetString()));

        var again = await api.PostJsonAsync($"{Outcomes}/from-appraisal", body);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["appraisalId"], (await again.ReadJsonAsync()).ErrorFields());
        var stranger = await api.PostJsonAsync(
            $"{Outcomes}/from-appraisal",
            $$"""{"appraisalId": "{{Guid.NewGuid()}}"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisation_FindsNothingToChange_AndRolesWithoutContractsWrite_AreRefused()
    {
        var api = await app.ApiClientAs(Role.Commissioner);
        var outcomeId = await RecommendedOutcomeAsync(api, "People leave hospital on the day they are ready");
        var design = await (
            await api.PostJsonAsync(Designs, $$"""{"title": "Discharge to assess", "outcomeIds": ["{{outcomeId}}"]}""")
        ).ReadJsonAsync();
        var id = design.GetProperty("id").GetGuid();
        var outline = $$"""{"title": "Ours now", "outcomeIds": ["{{outcomeId}}"], "version": {{VersionOf(design)}}}""";

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.PutJsonAsync($"{Designs}/{id}/outline", outline)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await other.PostJsonAsync(
                    $"{Designs}/{id}/provisions",
                    """{"kind": "Safeguarding", "title": "Ours", "text": "Ours"}"""
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.PutJsonAsync($"{Outcomes}/{outcomeId}", Assessment("Ours", 1))).StatusCode
        );
        // Nor may it put the other organisation's outcome in a design of its own.
        var borrowed = await other.PostJsonAsync(
            Designs,
            $$"""{"title": "Borrowed", "outcomeIds": ["{{outcomeId}}"]}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, borrowed.StatusCode);

        foreach (var role in new[] { Role.Provider, Role.Auditor })
        {
            var refused = await app.ApiClientAs(role);
            Assert.Equal(
                HttpStatusCode.Forbidden,
                (await refused.PutJsonAsync($"{Designs}/{id}/outline", outline)).StatusCode
            );
            Assert.Equal(
                HttpStatusCode.Forbidden,
                (
                    await refused.PostJsonAsync(
                        Outcomes,
                        """{"title": "x", "agreedWith": "y", "agreedOn": "2026-11-12"}"""
                    )
                ).StatusCode
            );
        }
        await using var scope = app.Scope(out var db);
        Assert.Equal("Discharge to assess", (await db.ContractDesigns.SingleAsync(d => d.Id == id)).Title);
        Assert.False(await db.ContractDesigns.AnyAsync(d => d.Title == "Borrowed"));
    }
}
