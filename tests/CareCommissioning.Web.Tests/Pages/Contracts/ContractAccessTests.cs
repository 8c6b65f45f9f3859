using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>A provider's users see their own organisation's contracts only; anyone else finds nothing by guessing
/// addresses, on the pages, the downloads or the API.</summary>
public sealed class ContractAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(Guid Own, Guid Other)> DemoContractsAsync()
    {
        await using var scope = app.Scope(out var db);
        var own = await db
            .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
            .Select(c => c.Id)
            .SingleAsync();
        var other = await db.Contracts.Where(c => c.Reference == "ASC-2026-031").Select(c => c.Id).SingleAsync();
        return (own, other);
    }

    [Fact]
    public async Task AProvider_SeesItsOwnContract_ReadOnly_AndNoOther()
    {
        var (own, other) = await DemoContractsAsync();
        var provider = await app.SignedInAs(Role.Provider);

        var list = await provider.GetDocumentAsync("/contracts");
        Assert.Equal(
            [DemoContracts.HomeCareReference],
            list.QuerySelectorAll("table tbody a").Select(a => a.TextContent).ToList()
        );
        var page = await provider.GetDocumentAsync($"/contracts/{own}");
        Assert.Contains(DemoContracts.HomeCareTitle, page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Empty(page.QuerySelectorAll($"a[href='/contracts/{own}/edit']"));

        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync($"/contracts/{other}")).StatusCode);
        var csv = await (await provider.GetAsync("/contracts/download.csv")).Content.ReadAsStringAsync();
        Assert.Contains(DemoContracts.HomeCareReference, csv);
        Assert.DoesNotContain("ASC-2026-031", csv);
        Assert.StartsWith(
            "/account/access-denied",
            (await provider.GetAsync($"/contracts/{own}/edit")).Headers.Location!.AbsolutePath
        );

        var api = await app.ApiClientAs(Role.Provider);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/contracts/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contracts/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contracts/{other}/variations")).StatusCode);
        var listed = await api.GetJsonAsync("/api/v1/contracts");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        var history = await api.GetJsonAsync($"/api/v1/contracts/{own}/variations");
        Assert.Equal(2_400_000m, history[0].GetProperty("valueBefore").GetDecimal());
        Assert.Equal(2_550_000m, history[0].GetProperty("valueAfter").GetDecimal());
    }

    [Fact]
    public async Task AnotherProvidersUser_SeesNoneOfTheseContracts()
    {
        var (own, _) = await DemoContractsAsync();
        var account = await TestAccounts.CreateAsync(app, Role.Provider, "Dale Valley Care Homes");
        var client = await TestAccounts.SignInAsync(app, account.Email, account.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/contracts/{own}")).StatusCode);
        Assert.Empty((await client.GetDocumentAsync("/contracts")).QuerySelectorAll("table tbody a"));
        var api = await app.ApiClientFor(account.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contracts/{own}")).StatusCode);
    }

    [Fact]
    public async Task ASecondOrganisationsCommissioner_GuessingIds_Gets404Everywhere()
    {
        var (own, other) = await DemoContractsAsync();
        Guid variation;
        await using (var scope = app.Scope(out var db))
            variation = await db.ContractVariations.Where(v => v.ContractId == own).Select(v => v.Id).FirstAsync();
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);

        foreach (
            var page in new[]
            {
                $"/contracts/{own}",
                $"/contracts/{other}/edit",
                $"/contracts/{own}/variations/propose",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        Assert.Empty((await client.GetDocumentAsync("/contracts")).QuerySelectorAll("table tbody a"));
        var csv = await (await client.GetAsync("/contracts/download.csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("ASC-", csv);

        var api = await app.ApiClientFor(outsider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contracts/{own}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PutJsonAsync($"/api/v1/contracts/{own}", await ContractFixtures.JsonAsync(app, "HIJACK"))
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PostJsonAsync(
                    $"/api/v1/contracts/{own}/variations",
                    """{"reason": "Guess", "valueChange": 1}"""
                )
            ).StatusCode
        );
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/contracts")).GetProperty("total").GetInt32());

        // A decision maker of another organisation cannot decide the council's variations.
        var otherDecider = await TestAccounts.CreateAsync(app, Role.DecisionMaker, DemoUsers.Voluntary);
        var deciderApi = await app.ApiClientFor(otherDecider.Email);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await deciderApi.PostJsonAsync(
                    $"/api/v1/contracts/{own}/variations/{variation}/decision",
                    """{"approve": true}"""
                )
            ).StatusCode
        );
    }
}
