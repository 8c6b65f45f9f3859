using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>The contracts API: the same rules and visibility as the pages.</summary>
public sealed class ContractsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Create_Get_Put_AndAStalePut_Is409()
    {
        var api = await app.ApiClientAs(Role.ProcurementSpecialist);

        var created = await api.PostJsonAsync("/api/v1/contracts", await ContractFixtures.JsonAsync(app, "API-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(1, body.GetProperty("version").GetInt32());

        var read = await api.GetJsonAsync($"/api/v1/contracts/{id}");
        Assert.Equal("API-1", read.GetProperty("reference").GetString());
        Assert.Equal(600_000m, read.GetProperty("value").GetDecimal());

        var put =
            (await ContractFixtures.JsonAsync(app, "API-1", 650_000m)).TrimEnd().TrimEnd('}') + ", \"version\": 1}";
        var updated = await api.PutJsonAsync($"/api/v1/contracts/{id}", put);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(2, (await updated.ReadJsonAsync()).GetProperty("version").GetInt32());

        var stale = await api.PutJsonAsync($"/api/v1/contracts/{id}", put.Replace("650000", "1"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.Equal(650_000m, (await db.Contracts.SingleAsync(c => c.Id == id)).Value);
    }

    [Fact]
    public async Task Create_BadJson_OrAMissingField_Is400NamingTheField()
    {
        var api = await app.ApiClientAs(Role.Commissioner);

        var badType = await api.PostJsonAsync(
            "/api/v1/contracts",
            (await ContractFixtures.JsonAsync(app, "API-BAD-1")).Replace("\"Spot\"", "\"Handshake\"")
        );
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Contains("type", (await badType.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);

        var missing = await api.PostJsonAsync(
            "/api/v1/contracts",
            (await ContractFixtures.JsonAsync(app, "API-BAD-2")).Replace("\"endDate\": \"2028-03-31\",", "")
        );
        // A required member missing is an error, not 0001-01-01 (DESIGN §5).
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var backwards = await api.PostJsonAsync(
            "/api/v1/contracts",
            (await ContractFixtures.JsonAsync(app, "API-BAD-3")).Replace("2028-03-31", "2025-03-31")
        );
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(["endDate"], (await backwards.ReadJsonAsync()).ErrorFields());

        await using var scope = app.Scope(out var db);
        Assert.False(await db.Contracts.AnyAsync(c => c.Reference.StartsWith("API-BAD")));
    }

    [Fact]
    public async Task AVariation_OverTheThresholdWithoutJustification_Is400_ThenProposedAndApproved()
    {
        var api = await app.ApiClientAs(Role.Commissioner);
        var created = await api.PostJsonAsync("/api/v1/contracts", await ContractFixtures.JsonAsync(app, "API-VAR-1"));
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        var refused = await api.PostJsonAsync(
            $"/api/v1/contracts/{id}/variations",
            """{"reason": "More hours", "valueChange": 100000}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["justification"], (await refused.ReadJsonAsync()).ErrorFields());

        var proposed = await api.PostJsonAsync(
            $"/api/v1/contracts/{id}/variations",
            """{"reason": "More hours", "valueChange": 100000, "justification": "Unforeseeable demand"}"""
        );
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var variation = (await proposed.ReadJsonAsync()).GetProperty("id").GetGuid();

        var notAllowed = await api.PostJsonAsync(
            $"/api/v1/contracts/{id}/variations/{variation}/decision",
            """{"approve": true}"""
        );
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        var decider = await app.ApiClientAs(Role.DecisionMaker);
        var approved = await decider.PostJsonAsync(
            $"/api/v1/contracts/{id}/variations/{variation}/decision",
            """{"approve": true, "note": "Agreed"}"""
        );
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var v = await approved.ReadJsonAsync();
        Assert.Equal(700_000m, v.GetProperty("valueAfter").GetDecimal());
        Assert.Equal(700_000m, (await api.GetJsonAsync($"/api/v1/contracts/{id}")).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task List_SearchesAndFilters_AndNamesAFilterThatIsNotOne()
    {
        var api = await app.ApiClientAs(Role.Commissioner);
        Assert.Equal(
            HttpStatusCode.Created,
            (
                await api.PostJsonAsync("/api/v1/contracts", await ContractFixtures.JsonAsync(app, "API-LIST-1"))
            ).StatusCode
        );

        var found = await api.GetJsonAsync("/api/v1/contracts?search=API-LIST&type=Spot&status=Active");
        Assert.Equal(
            ["API-LIST-1"],
            found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).ToList()
        );
        var none = await api.GetJsonAsync("/api/v1/contracts?search=API-LIST&type=Block");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var wrong = await api.GetAsync("/api/v1/contracts?status=Finished");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("status", await wrong.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
