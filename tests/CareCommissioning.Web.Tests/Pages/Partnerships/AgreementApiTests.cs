using System.Net;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>The agreement and contributions API: the pages' rules, over JSON.</summary>
public sealed class AgreementApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Terms(int version, string extra = "") =>
        $$"""{"version": {{version}}, "riskShare": "Proportional", "underspend": "Return", "quorum": "Three"{{extra}}}""";

    private static string Contribution(Guid partner, decimal amount, int? version = null) =>
        $$"""
            {{{(
                version is null ? "" : $"\"version\": {version},"
            )}} "partnerId": "{{partner}}", "year": 2026, "kind": "Cash",
             "amount": {{amount}}, "description": "NHS minimum contribution"}
            """;

    [Fact]
    [Trait("Criterion", "PB-P6")]
    public async Task TheHostPutsTheTerms_WithTheVersionItRead_AStaleOneIs409_AndABadRuleIs400NamingTheField()
    {
        var f = await AgreementFixture.SetUpAsync(app, "API agreement");
        var council = await app.ApiClientAs(Domain.Organisations.Role.FinanceOfficer);
        var url = $"/api/v1/partnerships/{f.Id}/agreement";
        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync(url)).StatusCode);

        var first = await council.PutJsonAsync(url, Terms(0));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var version = (await first.ReadJsonAsync()).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await council.PutJsonAsync(url, Terms(0))).StatusCode);

        var capped = await council.PutJsonAsync(
            url,
            $$"""{"version": {{version}}, "riskShare": "Capped", "underspend": "Return", "capPercent": 101, "capExcessPartnerId": "{{Guid.NewGuid()}}"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, capped.StatusCode);
        Assert.Equal(["capPercent", "capExcessPartnerId"], (await capped.ReadJsonAsync()).ErrorFields());
        var missing = await council.PutJsonAsync(url, $$"""{"version": {{version}}, "underspend": "Return"}""");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var noVersion = await council.PutJsonAsync(url, """{"riskShare": "Proportional", "underspend": "Return"}""");
        Assert.Contains("version", (await noVersion.ReadJsonAsync()).ErrorFields());

        var read = await f.Icb.GetAsync(url);
        var icbApi = await app.ApiClientFor(f.IcbAccount.Email);
        var agreement = await icbApi.GetJsonAsync(url);
        Assert.Equal(
            "Overspends and underspends are shared in proportion to contributions. An underspend is returned to the partners in proportion to their contributions.",
            agreement.GetProperty("riskShareInWords").GetString()
        );
        Assert.Equal("Three", agreement.GetProperty("quorum").GetString());
        // Only the host keeps the terms.
        Assert.Equal(HttpStatusCode.Forbidden, (await icbApi.PutJsonAsync(url, Terms(version))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    [Trait("Criterion", "PB-P5")]
    public async Task EachPartnerKeepsItsOwnContributions_OverTheApi()
    {
        var f = await AgreementFixture.SetUpAsync(app, "API contributions");
        var icbApi = await app.ApiClientFor(f.IcbAccount.Email);
        var url = $"/api/v1/partnerships/{f.Id}/contributions";

        var added = await icbApi.PostJsonAsync(url, Contribution(f.IcbPartner, 4_000_000m));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var body = await added.ReadJsonAsync();
        var cid = body.GetProperty("id").GetGuid();
        Assert.Equal(DemoUsers.Icb, body.GetProperty("partner").GetString());
        Assert.Equal("2026/27", body.GetProperty("financialYear").GetString());

        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await icbApi.PostJsonAsync(url, Contribution(f.CouncilPartner, 1m))).StatusCode
        );
        var stranger = await icbApi.PostJsonAsync(url, Contribution(Guid.NewGuid(), 1m));
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal(["partnerId"], (await stranger.ReadJsonAsync()).ErrorFields());
        var pence = await icbApi.PostJsonAsync(url, Contribution(f.IcbPartner, 1.005m));
        Assert.Equal(["amount"], (await pence.ReadJsonAsync()).ErrorFields());

        var council = await app.ApiClientAs(Domain.Organisations.Role.FinanceOfficer);
        var list = await council.GetJsonAsync(url);
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await council.PutJsonAsync($"{url}/{cid}", Contribution(f.IcbPartner, 1m, 1))).StatusCode
        );
        Assert.Equal(HttpStatusCode.Forbidden, (await council.DeleteAsync($"{url}/{cid}?version=1")).StatusCode);

        var version = body.GetProperty("version").GetInt32();
        var changed = await icbApi.PutJsonAsync($"{url}/{cid}", Contribution(f.IcbPartner, 4_156_000m, version));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(4_156_000m, (await changed.ReadJsonAsync()).GetProperty("amount").GetDecimal());
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await icbApi.PutJsonAsync($"{url}/{cid}", Contribution(f.IcbPartner, 1m, version))).StatusCode
        );
        Assert.Equal(HttpStatusCode.Conflict, (await icbApi.DeleteAsync($"{url}/{cid}?version={version}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NoContent,
            (await icbApi.DeleteAsync($"{url}/{cid}?version={version + 1}")).StatusCode
        );
        Assert.Equal(0, (await council.GetJsonAsync(url)).GetArrayLength());
    }

    [Fact]
    [Trait("Criterion", "PB-P13")]
    public async Task EachPartnerRecordsItsOwnDecision_OverTheApi_AndBothApprovingSignsItOff()
    {
        var f = await AgreementFixture.SetUpAsync(app, "API sign-off");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "6000000");
        await f.PutForSignOffAsync(app);
        var icbApi = await app.ApiClientFor(f.IcbAccount.Email);
        var council = await app.ApiClientAs(Domain.Organisations.Role.FinanceOfficer);
        var url = $"/api/v1/partnerships/{f.Id}/agreement/sign-offs";
        string Decision(Guid partner, int version) =>
            $$"""{"version": {{version}}, "partnerId": "{{partner}}", "decisionMakers": "Board", "decision": "Approved", "decidedOn": "2026-12-01"}""";

        var version = await f.AgreementVersionAsync(app);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await icbApi.PostJsonAsync(url, Decision(f.CouncilPartner, version))).StatusCode
        );
        var icb = await icbApi.PostJsonAsync(url, Decision(f.IcbPartner, version));
        Assert.Equal(HttpStatusCode.Created, icb.StatusCode);
        Assert.Equal("ForSignOff", (await icb.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await council.PostJsonAsync(url, Decision(f.CouncilPartner, version))).StatusCode
        );
        var missing = await council.PostJsonAsync(
            url,
            $$"""{"version": {{version + 1}}, "partnerId": "{{f.CouncilPartner}}", "decision": "Approved", "decidedOn": "2026-12-01"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var signed = await council.PostJsonAsync(url, Decision(f.CouncilPartner, version + 1));
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        var body = await signed.ReadJsonAsync();
        Assert.Equal("SignedOff", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("signOffs").GetArrayLength());
    }

    [Fact]
    [Trait("Criterion", "PB-P12")]
    public async Task PartnersNegotiateInRounds_AndTheHostPutsTheAgreementToThem_OverTheApi()
    {
        var f = await AgreementFixture.SetUpAsync(app, "API rounds");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        var icbApi = await app.ApiClientFor(f.IcbAccount.Email);
        var council = await app.ApiClientAs(Domain.Organisations.Role.FinanceOfficer);
        var rounds = $"/api/v1/partnerships/{f.Id}/agreement/rounds";
        var version = await f.AgreementVersionAsync(app);

        var bad = await icbApi.PostJsonAsync(
            rounds,
            $$"""{"version": {{version}}, "kind": "Proposal", "amounts": [], "message": "Nothing yet", "dueOn": "2026-12-18"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["amounts"], (await bad.ReadJsonAsync()).ErrorFields());
        var proposal = await icbApi.PostJsonAsync(
            rounds,
            $$"""{"version": {{version}}, "kind": "Proposal", "amounts": [{"year": 2026, "amount": 10000000}], "message": "The pool", "dueOn": "2026-12-18"}"""
        );
        Assert.Equal(HttpStatusCode.OK, proposal.StatusCode);
        var round = Assert.Single((await proposal.ReadJsonAsync()).GetProperty("rounds").EnumerateArray());
        Assert.Contains(DemoUsers.Icb, round.GetProperty("byRole").GetString());
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await icbApi.PostJsonAsync(rounds, $$"""{"version": {{version}}, "kind": "Agreement"}""")).StatusCode
        );

        var request = $"/api/v1/partnerships/{f.Id}/agreement/sign-off-request";
        version = await f.AgreementVersionAsync(app);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await icbApi.PostJsonAsync(request, $$"""{"version": {{version}}}""")).StatusCode
        );
        var empty = await council.PostJsonAsync(request, $$"""{"version": {{version}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "6000000");
        var put = await council.PostJsonAsync(request, $$"""{"version": {{version}}}""");
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("ForSignOff", (await put.ReadJsonAsync()).GetProperty("status").GetString());
    }
}
