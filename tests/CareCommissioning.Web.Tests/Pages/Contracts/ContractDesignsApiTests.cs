using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>The priority outcomes and contract designs over JSON, read only, seen as the pages see them: staff of the
/// organisation; a provider is refused; another organisation's design is "not found".</summary>
public sealed class ContractDesignsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheDemoDesign_AndItsOutcomes_AreReadWithTheirProvisionsAndWhatIsMissing()
    {
        var api = await app.ApiClientAs(Role.Commissioner);
        var list = await api.GetJsonAsync("/api/v1/contracts/designs?search=carers");
        var summary = list.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(DemoContractDesign.Title, summary.GetProperty("title").GetString());
        Assert.Equal(906_000m, summary.GetProperty("totalCost").GetDecimal());
        var id = summary.GetProperty("id").GetGuid();

        var design = await api.GetJsonAsync($"/api/v1/contracts/designs/{id}");
        Assert.Equal(6, design.GetProperty("provisions").GetArrayLength());
        Assert.Equal(
            ["Termination provisions"],
            design.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToArray()
        );
        var outcomeId = design.GetProperty("outcomeIds")[0].GetGuid();

        var outcome = await api.GetJsonAsync($"/api/v1/contracts/outcomes/{outcomeId}");
        Assert.Equal(
            "Carers get a break when they need one, without a crisis first",
            outcome.GetProperty("title").GetString()
        );
        Assert.True(outcome.GetProperty("recommended").GetBoolean());
        var outcomes = await api.GetJsonAsync("/api/v1/contracts/outcomes?search=carers");
        Assert.Equal(2, outcomes.GetProperty("total").GetInt32());

        var provider = await app.ApiClientAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"/api/v1/contracts/designs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/v1/contracts/outcomes")).StatusCode);

        var outsider = await Security.TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/contracts/designs/{id}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.GetAsync($"/api/v1/contracts/outcomes/{outcomeId}")).StatusCode
        );
        Assert.Equal(0, (await other.GetJsonAsync("/api/v1/contracts/designs")).GetProperty("total").GetInt32());
    }
}
