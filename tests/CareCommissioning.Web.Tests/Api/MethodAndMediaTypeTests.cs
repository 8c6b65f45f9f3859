using System.Net;
using System.Text;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>An API call with the wrong method or body type is told which, not "not found".</summary>
public sealed class MethodAndMediaTypeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("DELETE", "/api/v1/risks")]
    [InlineData("PATCH", "/api/v1/stakeholders")]
    [InlineData("PUT", "/api/v1/risks")]
    public async Task WrongMethod_OnAnApiAddress_Is405WithTheMethodsAllowed(string method, string path)
    {
        var client = await app.ApiClientAs(Role.Commissioner);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BodyThatIsNotJson_Is415()
    {
        var client = await app.ApiClientAs(Role.Commissioner);

        var response = await client.PostAsync(
            "/api/v1/risks",
            new StringContent("title=Flood", Encoding.UTF8, "application/x-www-form-urlencoded")
        );

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
