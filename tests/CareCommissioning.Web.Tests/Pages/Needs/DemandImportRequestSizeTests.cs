using System.Net;
using System.Text;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Import;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareCommissioning.Web.Tests.Pages.Needs.DemandUploads;

namespace CareCommissioning.Web.Tests.Pages.Needs;

/// <summary>
/// A request far over the upload limit, on Kestrel (the test server does not enforce request size limits): the
/// server stops reading it and the person still gets the import page with a message.
/// </summary>
public sealed class DemandImportRequestSizeTests : IDisposable
{
    private readonly AppFactory _app = new();

    public DemandImportRequestSizeTests() => _app.UseKestrel(0);

    /// <summary>A client of the app on Kestrel, signed in; the factory's clients talk to the test server.</summary>
    private async Task<HttpClient> SignedInAsync(Role role)
    {
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var client = new HttpClient(
            new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }
        )
        {
            BaseAddress = new Uri(address.Addresses.First()),
        };
        var signIn = await client.PostFormAsync(
            "/account/sign-in",
            new() { ["Input.Email"] = DemoUsers.For(role).Email, ["Input.Password"] = AppFactory.Password }
        );
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ThirtyMegabyteUpload_GetsThePageWithAMessage_AndNothingIsSaved()
    {
        using var client = await SignedInAsync(Role.FinanceOfficer);
        var id = await LineAsync(client, "Oversized import");
        var response = await UploadAsync(client, id, new byte[30 * 1024 * 1024], "demand.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal([SpreadsheetReader.TooLargeMessage], page.ErrorSummary());
        Assert.NotNull(page.QuerySelector("input#Upload[type=file]"));
        await using var scope = _app.Scope(out var db);
        Assert.False(await db.DemandFigures.AnyAsync(f => f.ServiceLineId == id));
    }

    [Fact]
    public async Task ApiBodyOverTheServerLimit_IsA413ProblemResponse_NotAnError()
    {
        using var browser = await SignedInAsync(Role.Commissioner);
        var secret = await ApiTokenTests.CreateTokenAsync(browser, "Oversized body");
        using var api = new HttpClient { BaseAddress = browser.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        // As a well-behaved client sends a large body: it waits to hear the server will take it. Without this, the
        // server's answer can be lost when it closes the connection on a body it will not read.
        api.DefaultRequestHeaders.ExpectContinue = true;
        var body = new StringContent("{\"name\":\"" + new string('a', 31_000_000) + "\"}", Encoding.UTF8);
        body.Headers.ContentType = new("application/json");
        var response = await api.PostAsync("/api/v1/service-lines", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
