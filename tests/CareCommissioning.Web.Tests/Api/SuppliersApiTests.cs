using System.Net;
using System.Text.Json;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Pages.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Api;

public sealed class SuppliersApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DateOnly Today => app.Today;

    private static string Valid(string name = "Harbour Care Equipment Ltd") =>
        JsonSerializer.Serialize(
            new
            {
                name,
                companyNumber = "01234567",
                addressLine1 = "3 Quay Street",
                town = "Northby",
                postcode = "nb2 5xy",
                size = "Medium",
                isVcse = false,
                contactEmail = "sales@harbour.example",
                categories = new[] { "33196200-2", "33192000-2" },
            }
        );

    private async Task<Guid> CreateAsync(HttpClient client, string name)
    {
        var response = await client.PostJsonAsync("/api/v1/suppliers", Valid(name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<int> CountAsync(string name)
    {
        await using var scope = app.Scope(out var db);
        return await db.Suppliers.CountAsync(s => s.Name == name);
    }

    [Fact]
    public async Task Create_TakesCpvCodesAsEightDigits_AndKeepsThemWithTheirCheckDigits()
    {
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var body = Valid("Eight Digit Mobility Ltd").Replace("\"33196200-2\"", "\"33196200\"");

        var created = await client.PostJsonAsync("/api/v1/suppliers", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(
            ["33192000-2", "33196200-2"],
            (await created.ReadJsonAsync())
                .GetProperty("categories")
                .EnumerateArray()
                .Select(c => c.GetProperty("code").GetString())
        );
        var refused = await client.PostJsonAsync(
            "/api/v1/suppliers",
            Valid("Unknown Code Ltd").Replace("\"33196200-2\"", "\"12345678\"")
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await CountAsync("Unknown Code Ltd"));
    }

    [Fact]
    public async Task CreateGetUpdate_RoundTripWithVersions()
    {
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var created = await client.PostJsonAsync("/api/v1/suppliers", Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/suppliers/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("NB2 5XY", body.GetProperty("postcode").GetString());
        Assert.Equal("Active", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("isSme").GetBoolean());
        Assert.Equal(
            ["33192000-2", "33196200-2"],
            body.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString())
        );
        Assert.Equal(
            "Devices for the disabled",
            body.GetProperty("categories")[1].GetProperty("description").GetString()
        );
        Assert.Equal(1, body.GetProperty("version").GetInt32());

        var got = await client.GetJsonAsync($"/api/v1/suppliers/{id}");
        Assert.Equal("Harbour Care Equipment Ltd", got.GetProperty("name").GetString());

        var update =
            Valid().Replace("\"Northby\"", "\"Fellgate\"").Replace("\"33192000-2\"", "\"39143110-0\"").TrimEnd('}')
            + ",\"version\":1}";
        var updated = await client.PutJsonAsync($"/api/v1/suppliers/{id}", update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.ReadJsonAsync();
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.Equal("Fellgate", after.GetProperty("town").GetString());
        Assert.Equal(
            ["33196200-2", "39143110-0"],
            after.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString())
        );

        var stale = await client.PutJsonAsync($"/api/v1/suppliers/{id}", update);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
    }

    [Theory]
    [InlineData(
        """{"addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false,"categories":["85311100-3"]}""",
        null
    )]
    [InlineData(
        """{"name":"Missing Codes Ltd","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false}""",
        null
    )]
    [InlineData(
        """{"name":"Bad Size Ltd","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Huge","isVcse":false,"categories":["85311100-3"]}""",
        null
    )]
    [InlineData("""{"name":"Bad Json Ltd","addressLine1":""", null)]
    [InlineData(
        """{"name":"Extra Field Ltd","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false,"categories":["85311100-3"],"rating":5}""",
        null
    )]
    [InlineData(
        """{"name":"","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false,"categories":["85311100-3"]}""",
        "name"
    )]
    [InlineData(
        """{"name":"Bad Number Ltd","companyNumber":"123","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false,"categories":["85311100-3"]}""",
        "companyNumber"
    )]
    [InlineData(
        """{"name":"Unknown Code Ltd","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false,"categories":["85311100-3","12345678-9"]}""",
        "categories[1]"
    )]
    [InlineData(
        """{"name":"No Codes Ltd","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false,"categories":[]}""",
        "categories"
    )]
    [InlineData(
        """{"name":"Bad Postcode Ltd","addressLine1":"1 Road","postcode":"nowhere","size":"Small","isVcse":false,"categories":["85311100-3"]}""",
        "postcode"
    )]
    [InlineData(
        """{"name":"Bad Email Ltd","addressLine1":"1 Road","postcode":"NB1 1AA","size":"Small","isVcse":false,"contactEmail":"no","categories":["85311100-3"]}""",
        "contactEmail"
    )]
    public async Task Create_BadBody_Is400ProblemDetailsAndWritesNothing(string json, string? field)
    {
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var before = await TotalAsync();
        var response = await client.PostJsonAsync("/api/v1/suppliers", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        if (field is not null)
            Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(before, await TotalAsync());
    }

    private async Task<int> TotalAsync()
    {
        await using var scope = app.Scope(out var db);
        return await db.Suppliers.CountAsync();
    }

    [Fact]
    [Trait("Criterion", "PU-P5")]
    public async Task List_FiltersLikeThePage()
    {
        // A register of the test's own, so every list is known exactly.
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        await SupplierRegister.AddAsync(app, org);
        var client = await app.ApiClientAs(await new UserBuilder(app).WithRole(Role.Purchaser, org).SaveAsync());
        async Task<List<string?>> Names(string query) =>
            (await client.GetJsonAsync("/api/v1/suppliers?" + query))
                .GetProperty("items")
                .EnumerateArray()
                .Select(i => i.GetProperty("name").GetString())
                .ToList();

        Assert.Equal([SupplierRegister.Suspended], await Names("status=Suspended"));
        // Albion supplies devices for the disabled but is not preferred for them; Northshire Mobility is.
        var preferred = await Names("category=33196200-2&preferred=true");
        Assert.Equal([SupplierRegister.Mobility], preferred);
        Assert.DoesNotContain(SupplierRegister.National, preferred);
        Assert.Contains(SupplierRegister.National, await Names("category=33196200-2"));
        // Everything within 3319 and nothing outside it.
        var within = await client.GetJsonAsync("/api/v1/suppliers?category=33190000-8&pageSize=100");
        var found = within.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            [SupplierRegister.National, SupplierRegister.Beds, SupplierRegister.Mobility],
            found.Select(i => i.GetProperty("name").GetString()).Order()
        );
        Assert.All(found, i =>
            Assert.Contains(i.GetProperty("categories").EnumerateArray(), c =>
                c.GetProperty("code").GetString()!.StartsWith("3319")
            )
        );
        Assert.DoesNotContain(SupplierRegister.Suspended, found.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal([SupplierRegister.Shed, SupplierRegister.Homecare], await Names("vcse=true"));
        Assert.DoesNotContain(SupplierRegister.National, await Names("sme=true"));

        var paged = await client.GetJsonAsync("/api/v1/suppliers?pageSize=2&page=2");
        Assert.Equal(2, paged.GetProperty("page").GetInt32());
        Assert.Equal(2, paged.GetProperty("items").GetArrayLength());
        Assert.Equal(6, paged.GetProperty("total").GetInt32());

        var mobility = (await client.GetJsonAsync("/api/v1/suppliers?search=mobility")).GetProperty("items")[0];
        Assert.True(mobility.GetProperty("preferredNow").GetBoolean());
        Assert.True(mobility.GetProperty("approvals")[0].GetProperty("current").GetBoolean());

        var bad = await client.GetAsync("/api/v1/suppliers?category=12345678-9");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("category", (await bad.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    [Trait("Criterion", "PU-P5")]
    public async Task Approvals_AddedByTheSpecialist_WithBadDatesRefused()
    {
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var id = await CreateAsync(client, "Approval Api Ltd");

        var backwards = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/approvals",
            JsonSerializer.Serialize(
                new
                {
                    cpvCode = "33196200-2",
                    approvedOn = Today,
                    expiresOn = Today.AddDays(-1),
                }
            )
        );
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("expiresOn", (await backwards.ReadJsonAsync()).ErrorFields());

        var unknown = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/approvals",
            JsonSerializer.Serialize(
                new
                {
                    cpvCode = "12345678-9",
                    approvedOn = Today,
                    expiresOn = Today.AddYears(1),
                }
            )
        );
        Assert.Contains("cpvCode", (await unknown.ReadJsonAsync()).ErrorFields());

        var missingExpiry = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/approvals",
            JsonSerializer.Serialize(new { cpvCode = "33196200-2", approvedOn = Today })
        );
        Assert.Equal(HttpStatusCode.BadRequest, missingExpiry.StatusCode);

        await using (var scope = app.Scope(out var db))
            Assert.False(await db.PreferredSupplierApprovals.AnyAsync(a => a.SupplierId == id));

        var ok = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/approvals",
            JsonSerializer.Serialize(
                new
                {
                    cpvCode = "33196200-2",
                    approvedOn = Today,
                    expiresOn = Today.AddYears(2),
                    notes = "Framework lot 2",
                }
            )
        );
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var body = await ok.ReadJsonAsync();
        Assert.True(body.GetProperty("preferredNow").GetBoolean());
        var approval = body.GetProperty("approvals")[0];
        Assert.Equal("33196200-2", approval.GetProperty("cpvCode").GetString());
        await using (var scope = app.Scope(out var db))
        {
            var specialist = await db
                .Users.Where(u => u.Email == "procurement@demo.test")
                .Select(u => u.Id)
                .SingleAsync();
            Assert.Equal(specialist, approval.GetProperty("approvedByUserId").GetString());
        }
    }

    [Fact]
    public async Task Credentials_CqcNeedsARating()
    {
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var id = await CreateAsync(client, "Credential Api Ltd");
        var noRating = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/credentials",
            """{"kind":"CqcRegistration","reference":"1-555"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, noRating.StatusCode);
        Assert.Contains("cqcRating", (await noRating.ReadJsonAsync()).ErrorFields());

        var ok = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/credentials",
            """{"kind":"CqcRegistration","reference":"1-555","cqcRating":"Outstanding"}"""
        );
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var credential = (await ok.ReadJsonAsync()).GetProperty("credentials")[0];
        Assert.Equal("Outstanding", credential.GetProperty("cqcRating").GetString());
        Assert.True(credential.GetProperty("assuresQuality").GetBoolean());
    }

    [Fact]
    public async Task Status_SuspendNeedsAReasonAndTheVersionRead()
    {
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var id = await CreateAsync(client, "Status Api Ltd");
        var refused = await client.PostJsonAsync($"/api/v1/suppliers/{id}/status", """{"status":"Suspended"}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("reason", (await refused.ReadJsonAsync()).ErrorFields());
        Assert.Contains("version", (await refused.ReadJsonAsync()).ErrorFields());
        await using (var scope = app.Scope(out var db))
            Assert.Equal(SupplierStatus.Active, (await db.Suppliers.SingleAsync(s => s.Id == id)).Status);

        var stale = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/status",
            """{"status":"Ceased","reason":"Closed","version":7}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var ok = await client.PostJsonAsync(
            $"/api/v1/suppliers/{id}/status",
            """{"status":"Suspended","reason":"Late deliveries","version":1}"""
        );
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.ReadJsonAsync();
        Assert.Equal("Suspended", body.GetProperty("status").GetString());
        Assert.Equal("Late deliveries", body.GetProperty("statusReason").GetString());
    }

    [Theory]
    [InlineData(Role.Purchaser)]
    [InlineData(Role.Commissioner)]
    [InlineData(Role.Auditor)]
    public async Task Readers_CanReadButNotWrite(Role role)
    {
        var specialist = await app.ApiClientAs(Role.ProcurementSpecialist);
        var id = await CreateAsync(specialist, $"Read Only {role} Ltd");
        var client = await app.ApiClientAs(role);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/suppliers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/suppliers/{id}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await client.PostJsonAsync("/api/v1/suppliers", Valid($"Forbidden {role} Ltd"))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await client.PutJsonAsync($"/api/v1/suppliers/{id}", Valid().TrimEnd('}') + ",\"version\":1}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await client.PostJsonAsync($"/api/v1/suppliers/{id}/status", """{"status":"Suspended","reason":"x"}""")
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await client.PostJsonAsync(
                    $"/api/v1/suppliers/{id}/credentials",
                    """{"kind":"Iso9001","reference":"x","expiresOn":"2030-01-01"}"""
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await client.PostJsonAsync(
                    $"/api/v1/suppliers/{id}/approvals",
                    """{"cpvCode":"33196200-2","approvedOn":"2026-01-01","expiresOn":"2027-01-01"}"""
                )
            ).StatusCode
        );
        Assert.Equal(0, await CountAsync($"Forbidden {role} Ltd"));
    }

    [Theory]
    [InlineData(Role.Provider)]
    [InlineData(Role.Stakeholder)]
    public async Task ProvidersAndStakeholders_AreForbidden(Role role)
    {
        var client = await app.ApiClientAs(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/suppliers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync("/api/v1/suppliers")).StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisationsSupplier_Is404()
    {
        // On the register of an organisation the specialist holds no role in.
        var id = (await new SupplierBuilder(app).Named("Hidden Api Supplier Ltd").SaveAsync()).Id;
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var response = await client.GetAsync($"/api/v1/suppliers/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await client.PostJsonAsync($"/api/v1/suppliers/{id}/status", """{"status":"Ceased","reason":"x"}""")
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.PutJsonAsync($"/api/v1/suppliers/{id}", Valid().TrimEnd('}') + ",\"version\":1}")).StatusCode
        );
        var list = await client.GetJsonAsync("/api/v1/suppliers?search=hidden");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var otherOrg = await client.PostJsonAsync(
            "/api/v1/suppliers",
            Valid("Wrong Org Ltd").TrimEnd('}') + $",\"organisationId\":\"{Guid.NewGuid()}\"}}"
        );
        Assert.Equal(HttpStatusCode.BadRequest, otherOrg.StatusCode);
        Assert.Contains("organisationId", (await otherOrg.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task OpenApi_DescribesTheSupplierEndpoints()
    {
        var client = await app.ApiClientAs(Role.ProcurementSpecialist);
        var doc = await client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/suppliers", out _));
        Assert.True(paths.TryGetProperty("/api/v1/suppliers/{id}/approvals", out _));
        Assert.True(paths.TryGetProperty("/api/v1/cpv", out _));
        var create = paths.GetProperty("/api/v1/suppliers").GetProperty("post");
        Assert.Equal("CreateSupplier", create.GetProperty("operationId").GetString());
        Assert.Equal("Suppliers", create.GetProperty("tags")[0].GetString());
    }
}
