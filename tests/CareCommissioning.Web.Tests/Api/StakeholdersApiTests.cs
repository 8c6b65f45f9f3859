using System.Net;
using System.Text.Json;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Api;

public sealed class StakeholdersApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Valid = """
        {"type":"CommunityGroup","name":"Riverside Tenants' Voice","email":"voice@example.org","preferredLanguage":"Welsh",
         "formats":["EasyRead","Audio"],"advocateNeeded":false,"interpreterNeeded":true,"consentToContact":true,"consentRecordedOn":"2026-10-01"}
        """;

    private async Task<int> CountAsync(string name)
    {
        await using var scope = app.Scope(out var db);
        return await db.Stakeholders.CountAsync(s => s.Name == name);
    }

    [Fact]
    public async Task CreateGetUpdate_RoundTrip()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var created = await client.PostJsonAsync("/api/v1/stakeholders", Valid);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/stakeholders/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(["EasyRead", "Audio"], body.GetProperty("formats").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, body.GetProperty("version").GetInt32());

        var got = await client.GetJsonAsync($"/api/v1/stakeholders/{id}");
        Assert.Equal("Riverside Tenants' Voice", got.GetProperty("name").GetString());
        Assert.Equal("2026-10-01", got.GetProperty("consentRecordedOn").GetString());

        var update = Valid.Replace("\"Welsh\"", "\"Polish\"").TrimEnd().TrimEnd('}') + ",\"version\":1}";
        var updated = await client.PutJsonAsync($"/api/v1/stakeholders/{id}", update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(2, (await updated.ReadJsonAsync()).GetProperty("version").GetInt32());

        var stale = await client.PutJsonAsync($"/api/v1/stakeholders/{id}", update);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.ReadJsonAsync();
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task List_FiltersAndPages()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Northshire Deaf Forum")
            .OfType(StakeholderType.CommunityGroup)
            .SaveAsync();
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Care Quality Commission (North)")
            .OfType(StakeholderType.Regulator)
            .SaveAsync();
        await new StakeholderBuilder(app).In(org).Named("Aisha Begum").SaveAsync();
        var client = await app.ApiClientAs(await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync());
        var page = await client.GetJsonAsync("/api/v1/stakeholders?search=deaf&pageSize=1");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
        Assert.Equal("Northshire Deaf Forum", page.GetProperty("items")[0].GetProperty("name").GetString());

        var regulators = await client.GetJsonAsync("/api/v1/stakeholders?type=Regulator");
        Assert.Equal(1, regulators.GetProperty("total").GetInt32());
        Assert.All(regulators.GetProperty("items").EnumerateArray(), i =>
            Assert.Equal("Regulator", i.GetProperty("type").GetString())
        );
    }

    [Fact]
    public async Task ArchiveAndRestore_Toggle()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var id = (
            await (
                await client.PostJsonAsync("/api/v1/stakeholders", Valid.Replace("Riverside", "Archivable"))
            ).ReadJsonAsync()
        )
            .GetProperty("id")
            .GetGuid();
        var archived = await (await client.PostAsync($"/api/v1/stakeholders/{id}/archive", null)).ReadJsonAsync();
        Assert.True(archived.GetProperty("archived").GetBoolean());
        var restored = await (await client.PostAsync($"/api/v1/stakeholders/{id}/restore", null)).ReadJsonAsync();
        Assert.False(restored.GetProperty("archived").GetBoolean());
    }

    [Theory]
    [InlineData("""{"type":"Individual","consentToContact":true}""", null)]
    [InlineData("""{"type":"Individual","name":5,"consentToContact":true}""", null)]
    [InlineData("""{"type":"Individual","name":"Bad Types","consentToContact":"yes"}""", null)]
    [InlineData("""{"type":"Individual","name":"Unknown Field","consentToContact":true,"shoeSize":9}""", null)]
    [InlineData("""{"type":"Individual","name":"Malformed",""", null)]
    [InlineData("""{"type":"Wizard","name":"Bad Enum","consentToContact":true}""", null)]
    [InlineData("""{"type":"Individual","name":"","consentToContact":true}""", "name")]
    [InlineData("""{"type":"Individual","name":"Bad Email","email":"nope","consentToContact":true}""", "email")]
    [InlineData(
        """{"type":"Individual","name":"Future Consent","consentToContact":true,"consentRecordedOn":"2099-01-01"}""",
        "consentRecordedOn"
    )]
    [InlineData(
        """{"type":"Individual","name":"No Consent Date","consentToContact":false,"consentRecordedOn":"2026-01-01"}""",
        "consentRecordedOn"
    )]
    [InlineData(
        """{"type":"Individual","name":"Bad Date","consentToContact":true,"consentRecordedOn":"2026-02-31"}""",
        null
    )]
    public async Task Create_BadBody_Is400ProblemDetailsAndWritesNothing(string json, string? field)
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var response = await client.PostJsonAsync("/api/v1/stakeholders", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        if (field is not null)
            Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(
            0,
            await CountAsync("Bad Email")
                + await CountAsync("Future Consent")
                + await CountAsync("Unknown Field")
                + await CountAsync("Bad Types")
        );
    }

    [Fact]
    public async Task Create_OverLongName_Is400()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var response = await client.PostJsonAsync(
            "/api/v1/stakeholders",
            JsonSerializer.Serialize(
                new
                {
                    type = "Individual",
                    name = new string('y', 5000),
                    consentToContact = true,
                }
            )
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name", (await response.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Anonymous_Is401ProblemDetails()
    {
        var response = await app.NewClient().GetAsync("/api/v1/stakeholders");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReadOnlyRole_CannotWrite()
    {
        var client = await app.ApiClientAs(Role.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/stakeholders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync("/api/v1/stakeholders", Valid)).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownOrInvisible_Is404()
    {
        var client = await app.ApiClientAs(Role.Commissioner);
        var response = await client.GetAsync($"/api/v1/stakeholders/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
