using System.Net;
using System.Text.Json;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>
/// The purchasing rules over JSON: all staff read the rules in force and every version; administrators and procurement
/// specialists make a new version, which gets the next number and comes into force on its date; bad versions are
/// refused field by field and nothing is saved.
/// </summary>
public sealed class PurchasingRulesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The apps' day: the theory data below is written before there is an app to ask.
    private static DateOnly Today => AppFactory.FirstDay;

    private static string Body(
        string? effectiveFrom = null,
        string changeNote = "Raise the written quotes band to £10,000",
        string? bands = null,
        string? limits = null,
        string extra = ""
    ) =>
        $$"""
            {"effectiveFrom":"{{effectiveFrom ?? Today.ToString("yyyy-MM-dd")}}","changeNote":"{{changeNote}}"{{extra}},
             "bands":{{bands
                ?? """[{"from":0,"route":"SingleQuote","quotesRequired":1},{"from":10000,"route":"WrittenQuotes","quotesRequired":3},{"from":25000,"route":"RequestForQuotation","quotesRequired":3},{"from":150000,"route":"FormalTender"}]"""}},
             "approvalLimits":{{limits
                ?? """[{"role":"Purchaser","limit":10000},{"role":"Commissioner","limit":25000},{"role":"DecisionMaker","limit":null}]"""}}}
            """;

    private async Task<int> VersionCountAsync()
    {
        await using var scope = app.Scope(out var db);
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        return await db.PurchasingRuleSets.CountAsync(r => r.OrganisationId == council);
    }

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public async Task Get_AsPurchaser_GivesTheRulesInForce_WithBandsLimitsAndStatutoryThresholds()
    {
        var client = await app.ApiClientAs(Role.Purchaser);
        var rules = await client.GetJsonAsync("/api/v1/purchasing-rules");
        Assert.Equal("In force", rules.GetProperty("status").GetString());
        var bands = rules.GetProperty("bands");
        Assert.True(bands.GetArrayLength() >= 3);
        Assert.Equal(0m, bands[0].GetProperty("from").GetDecimal());
        Assert.Equal("SingleQuote", bands[0].GetProperty("route").GetString());
        Assert.Equal("Single quote", bands[0].GetProperty("routeName").GetString());
        Assert.Contains(rules.GetProperty("approvalLimits").EnumerateArray(), l =>
            l.GetProperty("role").GetString() == "DecisionMaker"
            && l.GetProperty("limit").ValueKind == JsonValueKind.Null
        );
        var thresholds = rules.GetProperty("statutoryThresholds");
        Assert.Equal("sub-central", thresholds.GetProperty("authorityType").GetString());
        Assert.Equal(207_720m, thresholds.GetProperty("goodsAndServices").GetDecimal());
        Assert.Equal(663_540m, thresholds.GetProperty("lightTouch").GetDecimal());
        Assert.Equal(30_000m, thresholds.GetProperty("notifiableBelowThreshold").GetDecimal());

        var v1 = await client.GetJsonAsync("/api/v1/purchasing-rules?version=1");
        Assert.Equal(1, v1.GetProperty("versionNumber").GetInt32());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync("/api/v1/purchasing-rules?version=999")).StatusCode
        );
        var versions = await client.GetJsonAsync("/api/v1/purchasing-rules/versions");
        Assert.Contains(versions.EnumerateArray(), v => v.GetProperty("versionNumber").GetInt32() == 1);
    }

    [Fact]
    public async Task Get_SomeoneInSeveralOrganisations_NamesOne_AndNobodyReadsAnotherOrganisationsRules()
    {
        var council = (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        var icb = (
            await new OrganisationBuilder(app)
                .Named("NHS Fenmoor Integrated Care Board " + TestData.Mark())
                .OfType(OrganisationType.NhsBody)
                .WithPurchasingRules()
                .SaveAsync()
        ).Id;
        var provider = (
            await new OrganisationBuilder(app).OfType(OrganisationType.CareProvider).WithPurchasingRules().SaveAsync()
        ).Id;
        var partner = await app.ApiClientAs(
            await new UserBuilder(app)
                .WithRole(Role.CommissioningPartner, icb)
                .WithRole(Role.CommissioningPartner, council)
                .SaveAsync()
        );
        var unnamed = await partner.GetAsync("/api/v1/purchasing-rules");
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Equal(["organisationId"], (await unnamed.ReadJsonAsync()).ErrorFields());
        Assert.Equal(
            HttpStatusCode.OK,
            (await partner.GetAsync($"/api/v1/purchasing-rules?organisationId={council}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await partner.GetAsync($"/api/v1/purchasing-rules?organisationId={provider}")).StatusCode
        );
    }

    [Theory]
    [Trait("Criterion", "PU-P15")]
    [InlineData(Role.Administrator)]
    [InlineData(Role.ProcurementSpecialist)]
    public async Task Post_AdministratorOrSpecialist_MakesTheNextVersion_WhichIsInForce(Role role)
    {
        var client = await app.ApiClientAs(role);
        var before = await client.GetJsonAsync("/api/v1/purchasing-rules");
        var response = await client.PostJsonAsync("/api/v1/purchasing-rules", Body(changeNote: $"Made by the {role}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var made = await response.ReadJsonAsync();
        var number = made.GetProperty("versionNumber").GetInt32();
        Assert.True(number > before.GetProperty("versionNumber").GetInt32());
        Assert.Equal($"/api/v1/purchasing-rules?version={number}", response.Headers.Location?.ToString());
        Assert.Equal("In force", made.GetProperty("status").GetString());

        var now = await client.GetJsonAsync("/api/v1/purchasing-rules");
        Assert.Equal(number, now.GetProperty("versionNumber").GetInt32());
        Assert.Equal($"Made by the {role}", now.GetProperty("changeNote").GetString());
        Assert.Equal(10_000m, now.GetProperty("bands")[1].GetProperty("from").GetDecimal());
        Assert.Equal(JsonValueKind.Null, now.GetProperty("bands")[3].GetProperty("quotesRequired").ValueKind);
        var old = await client.GetJsonAsync(
            $"/api/v1/purchasing-rules?version={before.GetProperty("versionNumber").GetInt32()}"
        );
        Assert.Equal("Replaced", old.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("bands").ToString(), old.GetProperty("bands").ToString());
    }

    [Fact]
    [Trait("Criterion", "PU-P15")]
    public async Task Post_LaterDate_ComesIntoForceLater_AndLinksTheAgreedProcessChange()
    {
        Guid agreed,
            proposed;
        await using (var scope = app.Scope(out var db))
        {
            var council = await db
                .Organisations.Where(o => o.Name == DemoUsers.Council)
                .Select(o => o.Id)
                .SingleAsync();
            var userId = await db.Users.Select(u => u.Id).FirstAsync();
            var a = new ProcessChangeProposal
            {
                OrganisationId = council,
                ProposedByUserId = userId,
                WhatToChange = "Three quotes from £10,000",
                Why = "Fewer quotes for small buys",
                Status = ProcessChangeStatus.Agreed,
                DecidedByUserId = userId,
                DecidedAt = app.Clock.GetUtcNow(),
                ProposedAt = app.Clock.GetUtcNow(),
            };
            var p = new ProcessChangeProposal
            {
                OrganisationId = council,
                ProposedByUserId = userId,
                WhatToChange = "No quotes at all",
                Why = "Faster",
                ProposedAt = app.Clock.GetUtcNow(),
            };
            db.ProcessChangeProposals.AddRange(a, p);
            await db.SaveChangesAsync();
            (agreed, proposed) = (a.Id, p.Id);
        }
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var notAgreed = await client.PostJsonAsync(
            "/api/v1/purchasing-rules",
            Body(extra: $",\"processChangeProposalId\":\"{proposed}\"")
        );
        Assert.Equal(HttpStatusCode.BadRequest, notAgreed.StatusCode);
        Assert.Equal(["processChangeProposalId"], (await notAgreed.ReadJsonAsync()).ErrorFields());

        var inForce = (await client.GetJsonAsync("/api/v1/purchasing-rules")).GetProperty("versionNumber").GetInt32();
        var later = Today.AddDays(30).ToString("yyyy-MM-dd");
        var response = await client.PostJsonAsync(
            "/api/v1/purchasing-rules",
            Body(effectiveFrom: later, extra: $",\"processChangeProposalId\":\"{agreed}\"")
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var made = await response.ReadJsonAsync();
        Assert.Equal("Comes into force later", made.GetProperty("status").GetString());
        Assert.Equal(agreed.ToString(), made.GetProperty("processChangeProposalId").GetString());
        Assert.Equal(
            inForce,
            (await client.GetJsonAsync("/api/v1/purchasing-rules")).GetProperty("versionNumber").GetInt32()
        );
        await using (var scope = app.Scope(out var db))
        {
            var proposal = await db.ProcessChangeProposals.SingleAsync(p => p.Id == agreed);
            Assert.Equal(made.GetProperty("versionNumber").GetInt32(), proposal.RuleSetVersion);
        }
        // A version cannot come into force before a later one already made.
        var earlier = await client.PostJsonAsync("/api/v1/purchasing-rules", Body());
        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        Assert.Equal(["effectiveFrom"], (await earlier.ReadJsonAsync()).ErrorFields());

        // Tidy up, so the other tests of this class can still make versions in force today.
        await using (var scope = app.Scope(out var db))
        {
            var number = made.GetProperty("versionNumber").GetInt32();
            db.PurchasingRuleSets.RemoveRange(
                db.PurchasingRuleSets.Where(r => r.VersionNumber == number && r.EffectiveFrom > Today)
            );
            await db.SaveChangesAsync();
        }
    }

    public static TheoryData<string, string> BadVersions =>
        new()
        {
            {
                Body(
                    bands: """[{"from":100,"route":"SingleQuote","quotesRequired":1},{"from":5000,"route":"WrittenQuotes","quotesRequired":3}]"""
                ),
                "bands[0].from"
            },
            {
                Body(
                    bands: """[{"from":0,"route":"SingleQuote","quotesRequired":1},{"from":250000,"route":"RequestForQuotation","quotesRequired":3}]"""
                ),
                "bands[1].route"
            },
            {
                Body(
                    bands: """[{"from":0,"route":"SingleQuote","quotesRequired":1},{"from":5000,"route":"WrittenQuotes"}]"""
                ),
                "bands[1].quotesRequired"
            },
            {
                Body(
                    bands: """[{"from":0,"route":"WrittenQuotes","quotesRequired":3},{"from":5000,"route":"SingleQuote","quotesRequired":1}]"""
                ),
                "bands[1].route"
            },
            { Body(bands: "[]"), "bands" },
            {
                Body(limits: """[{"role":"Purchaser","limit":-1},{"role":"DecisionMaker","limit":null}]"""),
                "approvalLimits[0].limit"
            },
            {
                Body(limits: """[{"role":"Purchaser","limit":5000},{"role":"Purchaser","limit":null}]"""),
                "approvalLimits[1].role"
            },
            { Body(limits: """[{"role":"Purchaser","limit":5000}]"""), "approvalLimits" },
            { Body(changeNote: " "), "changeNote" },
            { Body(effectiveFrom: "2020-01-01"), "effectiveFrom" },
        };

    [Theory]
    [MemberData(nameof(BadVersions))]
    public async Task Post_BadVersion_Is400NamingTheField_AndSavesNothing(string json, string field)
    {
        var client = await app.ApiClientAs(Role.Administrator);
        var before = await VersionCountAsync();
        var response = await client.PostJsonAsync("/api/v1/purchasing-rules", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, (await response.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await VersionCountAsync());
    }

    [Theory]
    [InlineData(
        """{"effectiveFrom":"2030-01-01","changeNote":"x","bands":[{"from":0,"route":"SingleQuote","quotesRequired":1}],"approvalLimits":[{"role":"Purchaser"}]}"""
    )]
    [InlineData(
        """{"changeNote":"x","bands":[{"from":0,"route":"SingleQuote","quotesRequired":1}],"approvalLimits":[{"role":"Purchaser","limit":null}]}"""
    )]
    [InlineData(
        """{"effectiveFrom":"2030-01-01","changeNote":"x","bands":[{"from":0,"route":"Haggle","quotesRequired":1}],"approvalLimits":[{"role":"Purchaser","limit":null}]}"""
    )]
    public async Task Post_MissingOrUnknownMembers_Are400_AndSaveNothing(string json)
    {
        var client = await app.ApiClientAs(Role.Administrator);
        var before = await VersionCountAsync();
        var response = await client.PostJsonAsync("/api/v1/purchasing-rules", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await VersionCountAsync());
    }

    [Fact]
    public async Task Post_PurchaserMayRead_ButNotMakeAVersion_AndProviderMayDoNeither()
    {
        var before = await VersionCountAsync();
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        Assert.Equal(HttpStatusCode.OK, (await purchaser.GetAsync("/api/v1/purchasing-rules/versions")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await purchaser.PostJsonAsync("/api/v1/purchasing-rules", Body())).StatusCode
        );
        var provider = await app.ApiClientAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/v1/purchasing-rules")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await provider.PostJsonAsync("/api/v1/purchasing-rules", Body())).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await app.NewClient().GetAsync("/api/v1/purchasing-rules")).StatusCode
        );
        Assert.Equal(before, await VersionCountAsync());
    }
}
