using System.Net;
using System.Text.Json;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>A route or query value that does not parse gets a 400 problem that names the parameter and the value,
/// whether the endpoint's request delegate was written at compile time or built at run time (decision 0022).</summary>
public sealed class QueryValueTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/api/v1/partnerships?arrangement=Pooled", "arrangement", "Pooled")]
    [InlineData("/api/v1/partnerships?status=Maybe", "status", "Maybe")]
    [InlineData("/api/v1/stakeholders?page=two", "page", "two")]
    [InlineData("/api/v1/stakeholders?pageSize=1e3", "pageSize", "1e3")]
    public async Task AValueThatDoesNotParse_Is400_NamingTheParameterAndTheValue(
        string url,
        string parameter,
        string value
    )
    {
        var client = await app.ApiClientAs(Role.FinanceOfficer);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains($" {parameter}\"", detail, StringComparison.Ordinal);
        Assert.Contains($"\"{value}\"", detail, StringComparison.Ordinal);
        var errors = problem.RootElement.GetProperty("errors").GetProperty(parameter);
        Assert.Equal(detail, errors[0].GetString());
    }

    [Fact]
    public async Task ValuesThatParse_AreAnswered()
    {
        var client = await app.ApiClientAs(Role.FinanceOfficer);

        var response = await client.GetAsync("/api/v1/partnerships?arrangement=PooledFund&status=Agreed&page=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
