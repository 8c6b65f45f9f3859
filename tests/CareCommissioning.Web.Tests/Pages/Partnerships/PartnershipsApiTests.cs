using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>The partnerships API: the same rules and visibility as the pages.</summary>
public sealed class PartnershipsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string> BodyAsync(string name, params Guid[] partners) =>
        $$"""
            {"name": "{{name}}", "arrangement": "PooledFund", "legalBasis": "Section75",
             "startDate": "2026-04-01", "endDate": "2027-03-31",
             "partners": [{{string.Join(",", partners.Select(p => $"\"{p}\""))}}]}
            """;

    [Fact]
    public async Task Create_ThenThePartnerReadsIt_AndNobodyElse()
    {
        var icb = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        var council = await app.ApiClientAs(Role.FinanceOfficer);

        var created = await council.PostJsonAsync("/api/v1/partnerships", await BodyAsync("API pool", icb));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var partner = await app.ApiClientAs(Role.CommissioningPartner);
        var read = await partner.GetJsonAsync($"/api/v1/partnerships/{id}");
        Assert.Equal(2, read.GetProperty("partners").GetArrayLength());
        Assert.Equal("API pool", read.GetProperty("name").GetString());
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/partnerships/{id}")).StatusCode);
    }

    [Fact]
    public async Task Create_WithoutPartnersOrWithAnUnknownOne_Is400NamingPartners()
    {
        var council = await app.ApiClientAs(Role.FinanceOfficer);

        var none = await council.PostJsonAsync("/api/v1/partnerships", await BodyAsync("Lonely pool"));
        var unknown = await council.PostJsonAsync(
            "/api/v1/partnerships",
            await BodyAsync("Ghost pool", Guid.NewGuid())
        );

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("partners", (await none.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("partners", (await unknown.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Create_BadJson_Is400NamingTheField()
    {
        var council = await app.ApiClientAs(Role.FinanceOfficer);

        var response = await council.PostJsonAsync(
            "/api/v1/partnerships",
            """{"name": "Typed pool", "arrangement": "Kitty", "legalBasis": "Section75", "partners": []}"""
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["arrangement"], (await response.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task List_FiltersByArrangementAndStatus_AndNamesAFilterThatIsNotOne()
    {
        var icb = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        var council = await app.ApiClientAs(Role.FinanceOfficer);
        var body = (await BodyAsync("Filtered lead pool", icb)).Replace("PooledFund", "LeadCommissioning");
        Assert.Equal(HttpStatusCode.Created, (await council.PostJsonAsync("/api/v1/partnerships", body)).StatusCode);

        var lead = await council.GetJsonAsync("/api/v1/partnerships?arrangement=LeadCommissioning&status=Proposed");
        Assert.Equal(
            ["Filtered lead pool"],
            lead.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList()
        );
        var agreed = await council.GetJsonAsync("/api/v1/partnerships?arrangement=LeadCommissioning&status=Agreed");
        Assert.Equal(0, agreed.GetProperty("total").GetInt32());

        var wrong = await council.GetAsync("/api/v1/partnerships?arrangement=Pooled");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("arrangement", await wrong.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
