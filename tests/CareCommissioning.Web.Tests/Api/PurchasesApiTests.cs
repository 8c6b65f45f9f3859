using System.Net;
using System.Text.Json;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Infrastructure.Paging;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Pages.Purchasing;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>The purchases API: the same rules and visibility as the pages.</summary>
public sealed class PurchasesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<Guid> BudgetHeadAsync()
    {
        await using var scope = app.Scope(out var db);
        return (await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP")).Id;
    }

    private string Plan(string description, Guid head, string value = "1800", string? extra = null) =>
        $$"""
            {"description": "{{description}}", "category": "33192000-2", "quantity": 2, "unit": "beds",
             "dateNeeded": "{{app.Today.AddMonths(2):yyyy-MM-dd}}",
             "outcomeSupported": "Safe discharge home", "budgetHeadId": "{{head}}", "othersBuyingSame": "None found",
             "estimatedValue": {{value}}, "includesVat": true,
             "wholeLife": {"purchasePrice": {{value}}, "maintenanceCostPerYear": 100, "disposalCost": 50, "lifeYears": 5},
             "weights": {"wholeLifeCost": 40, "quality": 40, "sustainability": 10, "socialValue": 10}, "costScoring": "Lowest",
             "processMeasures": [{"kind": "DaysFromRequestToOrder", "target": 10}, {"kind": "RuleCompliance", "target": 1}]{{extra}}}
            """;

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task Plan_WithTheCpvCodeAsEightDigits_IsKeptWithItsCheckDigit()
    {
        var head = await BudgetHeadAsync();
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        var created = await CreatedAsync(
            await purchaser.PostJsonAsync("/api/v1/purchases", """{"description": "A hospital bed"}""")
        );
        var id = created.GetProperty("id").GetGuid();
        var plan = Plan("A hospital bed", head, extra: ", \"version\": 1").Replace("\"33192000-2\"", "\"33192000\"");

        var updated = await purchaser.PutJsonAsync($"/api/v1/purchases/{id}", plan);

        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        Assert.Equal("33192000-2", (await updated.ReadJsonAsync()).GetProperty("category").GetString());
        await using var scope = app.Scope(out var db);
        Assert.Equal("33192000-2", (await db.PurchaseRequests.SingleAsync(p => p.Id == id)).Category);
    }

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public async Task CreateReadUpdateSubmit_AppliesTheRulesInForce_AndSubmits()
    {
        var head = await BudgetHeadAsync();
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        var created = await CreatedAsync(
            await purchaser.PostJsonAsync("/api/v1/purchases", """{"description": "Two profiling beds"}""")
        );
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("recommendedRoute").ValueKind);

        var read = await purchaser.GetJsonAsync($"/api/v1/purchases/{id}");
        Assert.Equal("Two profiling beds", read.GetProperty("description").GetString());
        var version = read.GetProperty("version").GetInt32();

        var updated = await purchaser.PutJsonAsync(
            $"/api/v1/purchases/{id}",
            Plan("Two profiling beds with mattresses", head, extra: $", \"version\": {version}")
        );
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        var plan = await updated.ReadJsonAsync();
        // £1,800 including VAT is in the council's first band: one quote, rule version 1.
        Assert.Equal("SingleQuote", plan.GetProperty("recommendedRoute").GetString());
        Assert.Equal("SingleQuote", plan.GetProperty("chosenRoute").GetString());
        Assert.Equal(1, plan.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal(version + 1, plan.GetProperty("version").GetInt32());

        var submitted = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/submit",
            $$"""{"version": {{version + 1}}}"""
        );
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        Assert.Equal("Submitted", (await submitted.ReadJsonAsync()).GetProperty("status").GetString());
        await using var scope = app.Scope(out var db);
        var saved = await db.PurchaseRequests.SingleAsync(p => p.Id == id);
        Assert.Equal(PurchaseStatus.Submitted, saved.Status);
        Assert.NotNull(saved.SubmittedAt);
        Assert.Equal(PurchaseRoute.SingleQuote, saved.RecommendedRoute);

        // Now it is not a draft, it cannot be changed.
        var late = await purchaser.PutJsonAsync(
            $"/api/v1/purchases/{id}",
            Plan("Changed", head, extra: $", \"version\": {saved.Version}")
        );
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        var problem = await late.ReadJsonAsync();
        Assert.Equal("This purchase cannot be changed", problem.GetProperty("title").GetString());
        Assert.Contains("cannot be changed", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Update_WithAStaleVersion_Is409_AndChangesNothing()
    {
        var head = await BudgetHeadAsync();
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        var created = await CreatedAsync(
            await purchaser.PostJsonAsync("/api/v1/purchases", Plan("Shower chairs", head))
        );
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt32();
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await purchaser.PutJsonAsync(
                    $"/api/v1/purchases/{id}",
                    Plan("Shower chairs, six", head, extra: $", \"version\": {version}")
                )
            ).StatusCode
        );
        var stale = await purchaser.PutJsonAsync(
            $"/api/v1/purchases/{id}",
            Plan("Shower chairs, lost update", head, extra: $", \"version\": {version}")
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(version + 1, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
        var staleSubmit = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/submit",
            $$"""{"version": {{version}}}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, staleSubmit.StatusCode);
        Assert.Equal(
            "Shower chairs, six",
            (await purchaser.GetJsonAsync($"/api/v1/purchases/{id}")).GetProperty("description").GetString()
        );
    }

    [Fact]
    public async Task BadInput_Is400_WithTheFieldNames_AndSavesNothing()
    {
        var head = await BudgetHeadAsync();
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        await using (var scope = app.Scope(out var db))
        {
            var before = await db.PurchaseRequests.CountAsync();
            var bad = await purchaser.PostJsonAsync(
                "/api/v1/purchases",
                """{"description": " ", "category": "12345678-9", "quantity": -1, "estimatedValue": -5, "weights": {"quality": 140}, "costScoring": "Absolute"}"""
            );
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var fields = (await bad.ReadJsonAsync()).ErrorFields();
            foreach (
                var field in new[] { "description", "category", "quantity", "estimatedValue", "weights", "costScoring" }
            )
                Assert.Contains(field, fields);
            Assert.Equal(before, await db.PurchaseRequests.CountAsync());
        }

        // Required member missing, wrong type, unknown field, malformed JSON: problem details, not a zero.
        foreach (
            var body in new[]
            {
                "{}",
                """{"description": 5}""",
                """{"description": "x", "colour": "red"}""",
                "{\"description\": ",
            }
        )
        {
            var response = await purchaser.PostJsonAsync("/api/v1/purchases", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        // Submitting an incomplete draft names what is missing.
        var draft = await CreatedAsync(
            await purchaser.PostJsonAsync("/api/v1/purchases", """{"description": "Grab rails"}""")
        );
        var submit = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{draft.GetProperty("id").GetGuid()}/submit",
            $$"""{"version": {{draft.GetProperty("version").GetInt32()}}}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        var missing = (await submit.ReadJsonAsync()).ErrorFields();
        foreach (
            var field in new[]
            {
                "category",
                "dateNeeded",
                "outcomeSupported",
                "budgetHeadId",
                "estimatedValue",
                "weights",
                "processMeasures",
            }
        )
            Assert.Contains(field, missing);

        // A departure from the recommended route needs a reason before submission.
        var departing = await CreatedAsync(
            await purchaser.PostJsonAsync(
                "/api/v1/purchases",
                Plan("Riser recliner chairs", head, extra: ", \"chosenRoute\": \"WrittenQuotes\"")
            )
        );
        var refused = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{departing.GetProperty("id").GetGuid()}/submit",
            $$"""{"version": {{departing.GetProperty("version").GetInt32()}}}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["departureReason"], (await refused.ReadJsonAsync()).ErrorFields());

        // Another organisation's budget head is refused.
        await using (var scope = app.Scope(out var db))
        {
            var icb = await db
                .Organisations.Where(o => o.Name == Web.Infrastructure.Seeding.DemoUsers.Icb)
                .Select(o => o.Id)
                .SingleAsync();
            var theirs = await db
                .BudgetHeads.Where(h => h.OrganisationId == icb)
                .Select(h => (Guid?)h.Id)
                .FirstOrDefaultAsync();
            if (theirs is { } other)
            {
                var wrongHead = await purchaser.PostJsonAsync("/api/v1/purchases", Plan("Mattresses", other));
                Assert.Equal(HttpStatusCode.BadRequest, wrongHead.StatusCode);
                Assert.Equal(["budgetHeadId"], (await wrongHead.ReadJsonAsync()).ErrorFields());
            }
        }
    }

    [Fact]
    public async Task Search_FollowsAChangedDescription_InAnyCase_AndTakesWhatWasTypedLiterally()
    {
        var head = await BudgetHeadAsync();
        var marker = "srch" + Guid.NewGuid().ToString("N")[..6];
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        var created = await CreatedAsync(
            await purchaser.PostJsonAsync("/api/v1/purchases", $$"""{"description": "{{marker}} walking frames"}""")
        );
        var id = created.GetProperty("id").GetGuid();
        var other = (
            await CreatedAsync(
                await purchaser.PostJsonAsync(
                    "/api/v1/purchases",
                    $$"""{"description": "{{marker}} 50 per cent of 10 bath_lifts"}"""
                )
            )
        )
            .GetProperty("id")
            .GetGuid();

        async Task<HashSet<Guid>> Found(string search) =>
            (await purchaser.GetJsonAsync($"/api/v1/purchases?pageSize=100&search={Uri.EscapeDataString(search)}"))
                .GetProperty("items")
                .EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid())
                .ToHashSet();

        Assert.Equal([id], await Found($"{marker} walking"));
        var changed = await purchaser.PutJsonAsync(
            $"/api/v1/purchases/{id}",
            Plan(
                $"{marker} bath lifts, 50% \\\"quick\\\" ¤¤",
                head,
                extra: $", \"version\": {created.GetProperty("version").GetInt32()}"
            )
        );
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        // The new words find it, in any case; the old ones no longer do.
        Assert.Equal([id], await Found($"{marker} bath"));
        Assert.Equal([id], await Found($"{marker.ToUpperInvariant()} BATH LIFTS"));
        Assert.Empty(await Found($"{marker} walking"));
        // What was typed is taken as it is: quotes, and LIKE's own wildcards % and _, match only themselves.
        Assert.Equal([id], await Found("50% \"quick\""));
        Assert.Equal([other], await Found($"{marker} 50 per"));
        Assert.Equal([other], await Found("bath_lifts"));
        Assert.DoesNotContain(other, await Found("50%"));
        // One and two characters are below what a trigram index answers, and are still searched.
        Assert.Contains(id, await Found("¤¤"));
        Assert.Contains(id, await Found("¤"));
    }

    [Fact]
    public async Task Search_WithManyMatches_CountsFiltersAndPagesTheSameAsWithFew()
    {
        // Over SQLite's threshold the list reads the organisation's purchases in order instead of each match (two query
        // plans).
        const int many = 2_100;
        Assert.True(many > Web.Data.Search.SqlitePurchaseSearch.FewMatches);
        var marker = "many" + Guid.NewGuid().ToString("N")[..6];
        await using var scope = app.Scope(out var db);
        var org = (await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP")).OrganisationId;
        var start = app.Clock.GetUtcNow().AddDays(-400);
        var added = Enumerable
            .Range(0, many)
            .Select(i => new PurchaseRequest
            {
                OrganisationId = org,
                RequestedByUserId = "seed",
                CreatedAt = start.AddMinutes(i),
                Description = $"{marker} item {i}" + (i % 3 == 0 ? " Special" : ""),
                Status = i % 4 == 0 ? PurchaseStatus.Submitted : PurchaseStatus.Draft,
                Category = i % 2 == 0 ? "33192000-2" : "85000000-9",
                EstimatedValue = i * 10m,
            })
            .ToList();
        db.PurchaseRequests.AddRange(added);
        await db.SaveChangesAsync();
        var today = app.Today;

        async Task Expect(PurchaseFilter filter, Func<PurchaseRequest, bool> domain)
        {
            var expected = (
                filter.OldestFirst ? added.OrderBy(p => p.CreatedAt) : added.OrderByDescending(p => p.CreatedAt)
            )
                .Where(domain)
                .Select(p => p.Id)
                .ToList();
            var query = await filter.QueryAsync(db, [org], today);
            Assert.Equal(expected, await query.Select(r => r.Id).ToListAsync());
            var second = await Paged<PurchaseListRow>.ReadAsync(query, 2, 25);
            Assert.Equal(expected.Count, second.Total);
            Assert.Equal(expected.Skip(25).Take(25), second.Items.Select(r => r.Id));
        }

        await Expect(new(Search: marker), _ => true);
        await Expect(new(Search: marker.ToUpperInvariant(), OldestFirst: true), _ => true);
        await Expect(new(Search: marker, Status: PurchaseStatus.Submitted), p => p.Status == PurchaseStatus.Submitted);
        // Every other filter on the many-matches plan too (it names its index, so a filter it could not serve would
        // fail here).
        await Expect(new(Search: marker, Category: "33190000-8", Band: ValueBand.From5000To25000), p =>
            p.Category == "33192000-2"
            && p.EstimatedValueIncludingVat is >= PurchaseList.LowerBand and < PurchaseList.MiddleBand
        );
        await Expect(new(Search: marker, Route: PurchaseRoute.WrittenQuotes), _ => false);
        await Expect(new(Search: marker, Compliance: ComplianceFilter.NotYetKnown, OrganisationId: org), _ => true);
        await Expect(new(Search: marker, SupplierId: Guid.NewGuid()), _ => false);
        await Expect(new(Search: marker, SupplierName: "nobody"), _ => false);
        var ownToo = await (
            await new PurchaseFilter(Search: marker).QueryAsync(db, [org], today, ownUserId: "seed")
        ).CountAsync();
        Assert.Equal(many, ownToo);
        // Fewer matches: the other plan, the same answers.
        await Expect(new(Search: "special " + marker), _ => false);
        await Expect(new(Search: marker + " item 1"), p =>
            p.Description.StartsWith(marker + " item 1", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task SqliteSearchIndex_HasItsTriggers_AndMatchesThePurchasesAfterChanges()
    {
        await using var scope = app.Scope(out var db);
        if (!db.Database.IsSqlite())
            return; // PostgreSQL's trigram indexes are ordinary indexes, kept by the database itself.

        // A migration that rebuilds PurchaseRequests drops its triggers: this fails until the migration creates them
        // again.
        var triggers = await db
            .Database.SqlQuery<string>(
                $"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'PurchaseRequests'"
            )
            .ToListAsync();
        Assert.Equal(Web.Data.Search.SqlitePurchaseSearch.Triggers.Order(), triggers.Order());

        // Add, change and delete a purchase, then ask FTS5 to compare its index with the table (rank 1 checks the
        // content too).
        var marker = "idx" + Guid.NewGuid().ToString("N")[..6];
        var org = await db.Organisations.Select(o => o.Id).FirstAsync();
        var request = new PurchaseRequest
        {
            OrganisationId = org,
            RequestedByUserId = "nobody",
            Description = marker + " hoists",
            CreatedAt = app.Clock.GetUtcNow(),
        };
        var gone = new PurchaseRequest
        {
            OrganisationId = org,
            RequestedByUserId = "nobody",
            Description = marker + " slings",
            CreatedAt = app.Clock.GetUtcNow(),
        };
        db.PurchaseRequests.AddRange(request, gone);
        await db.SaveChangesAsync();
        request.Description = marker + " ceiling track";
        db.PurchaseRequests.Remove(gone);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"PurchaseSearch\"(\"PurchaseSearch\", rank) VALUES ('integrity-check', 1)"
        );

        var found = await (await db.PurchasesContainingAsync(marker)).Select(p => p.Id).ToListAsync();
        Assert.Equal([request.Id], found);
        Assert.Empty(await (await db.PurchasesContainingAsync(marker + " hoists")).ToListAsync());
        var keys = await db
            .PurchaseRequests.Select(p => EF.Property<long>(p, Web.Data.Search.SqlitePurchaseSearch.KeyColumn))
            .ToListAsync();
        Assert.All(keys, k => Assert.True(k > 0));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Visibility_FollowsTheRoles()
    {
        var d = await PurchaseData.LoadAsync(app);
        var marker = "api" + Guid.NewGuid().ToString("N")[..6];
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        var mine = (
            await CreatedAsync(
                await purchaser.PostJsonAsync("/api/v1/purchases", $$"""{"description": "{{marker}} mine"}""")
            )
        )
            .GetProperty("id")
            .GetGuid();
        var colleagues = await d.AddAsync(
            new PurchaseData.Spec($"{marker} a colleague's")
            {
                RequestedBy = d.DecisionMaker,
                Status = PurchaseStatus.Submitted,
            }
        );
        var icbs = await d.AddAsync(
            new PurchaseData.Spec($"{marker} the ICB's") { Organisation = d.Icb, RequestedBy = d.Partner }
        );

        async Task<HashSet<Guid>> Listed(HttpClient client) =>
            (await client.GetJsonAsync($"/api/v1/purchases?search={marker}"))
                .GetProperty("items")
                .EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid())
                .ToHashSet();

        // A purchaser sees only their own.
        Assert.Equal([mine], await Listed(purchaser));
        Assert.Equal(HttpStatusCode.NotFound, (await purchaser.GetAsync($"/api/v1/purchases/{colleagues}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await purchaser.GetAsync($"/api/v1/purchases/{icbs}")).StatusCode);

        // Specialists and auditors see all of their organisation's, never another's.
        foreach (var role in new[] { Role.ProcurementSpecialist, Role.Auditor })
        {
            var client = await app.ApiClientAs(role);
            Assert.Equal([mine, colleagues], await Listed(client));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/purchases/{colleagues}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/purchases/{icbs}")).StatusCode);
        }
        var partner = await app.ApiClientAs(Role.CommissioningPartner);
        Assert.Equal([icbs], await Listed(partner));

        // Filters and paging work as on the page.
        var page = await (await app.ApiClientAs(Role.ProcurementSpecialist)).GetJsonAsync(
            $"/api/v1/purchases?search={marker}&status=Submitted&pageSize=1"
        );
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
        Assert.Equal("NotYetKnown", page.GetProperty("items")[0].GetProperty("compliance").GetString());

        // A specialist may read a colleague's purchase but not change it.
        var specialist = await app.ApiClientAs(Role.ProcurementSpecialist);
        var change = await specialist.PutJsonAsync(
            $"/api/v1/purchases/{mine}",
            $$"""{"description": "taken over", "version": 0}"""
        );
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await specialist.PostJsonAsync($"/api/v1/purchases/{mine}/submit", """{"version": 0}""")).StatusCode
        );
    }

    [Fact]
    public async Task Provider_AndAnonymous_AreRefused()
    {
        var provider = await app.ApiClientAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/v1/purchases")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await provider.PostJsonAsync("/api/v1/purchases", """{"description": "x"}""")).StatusCode
        );
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync("/api/v1/purchases")).StatusCode);
        // An auditor reads but may not purchase.
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await (await app.ApiClientAs(Role.Auditor)).PostJsonAsync(
                    "/api/v1/purchases",
                    """{"description": "x"}"""
                )
            ).StatusCode
        );
    }

    [Fact]
    public async Task OpenApiDocument_ListsThePurchaseEndpoints_UnderPurchasing()
    {
        var doc = await app.NewClient().GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/purchases", "/api/v1/purchases/{id}", "/api/v1/purchases/{id}/submit" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.Equal(
            "Purchasing",
            paths.GetProperty("/api/v1/purchases").GetProperty("get").GetProperty("tags")[0].GetString()
        );
    }
}
