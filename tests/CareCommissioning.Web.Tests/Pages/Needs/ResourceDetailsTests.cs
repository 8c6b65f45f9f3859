using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class ResourceDetailsTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A resource of a new organisation with 2 of its 3 units committed to hospital discharge.</summary>
    private async Task<(Guid Id, Guid Organisation)> ResourceWithCommitmentAsync(string name)
    {
        var organisation = (await new OrganisationBuilder(app).SaveAsync()).Id;
        await using var scope = app.Scope(out var db);
        var r = new OtherResource
        {
            OrganisationId = organisation,
            Name = name,
            Unit = "FTE",
            Kind = OtherResourceKind.Staff,
            Year = 2027,
            Available = 3,
            Uses = [new ResourceUse { Purpose = "Hospital discharge", Quantity = 2 }],
        };
        db.OtherResources.Add(r);
        await db.SaveChangesAsync();
        return (r.Id, organisation);
    }

    private async Task<HttpClient> SignedInAsync(Role role, Guid organisation) =>
        await app.SignedInAs(await new UserBuilder(app).WithRole(role, organisation).SaveAsync());

    [Fact]
    [Trait("Criterion", "OA-P11")]
    public async Task ReleasingACommitment_FreesWhatItHeld()
    {
        var (id, org) = await ResourceWithCommitmentAsync("Social workers");
        var client = await SignedInAsync(Role.Commissioner, org);
        var page = await client.GetDocumentAsync($"/needs/resources/{id}");
        Assert.Contains("Hospital discharge", page.QuerySelector("table")!.TextContent);
        var release = page.QuerySelector("form[action*='handler=Release']")!;
        var response = await client.PostFormAsync(
            $"/needs/resources/{id}",
            new Form().Set("version", page.QuerySelector("input[name='version']")!.GetAttribute("value")!),
            release.GetAttribute("action")
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync($"/needs/resources/{id}");
        Assert.Contains(
            "2 FTE committed to Hospital discharge has been released; 3 FTE is now left",
            after.QuerySelector(".govuk-notification-banner")!.TextContent
        );
        Assert.Contains("Nothing yet", after.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Criterion", "OA-P10")]
    public async Task ChangingTheAmount_BelowWhatIsCommitted_IsSavedAndTheShortfallShown()
    {
        var (id, org) = await ResourceWithCommitmentAsync("Therapists");
        var client = await SignedInAsync(Role.FinanceOfficer, org);
        var version = (await client.GetDocumentAsync($"/needs/resources/{id}")).FieldValue("Input.Version")!;
        var form = new Form()
            .Set("Input.Name", "Therapists")
            .Set("Input.Kind", "Staff")
            .Set("Input.Unit", "FTE")
            .Set("Input.Year", "2027/28")
            .Set("Input.Available", "1.5")
            .Set("Input.Version", version);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostFormAsync($"/needs/resources/{id}", form, $"/needs/resources/{id}?handler=Change")
            ).StatusCode
        );
        var page = await client.GetDocumentAsync($"/needs/resources/{id}");
        Assert.Contains("Short by 0.5 FTE", page.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Contains(
            "committed beyond what is available",
            page.QuerySelector(".govuk-notification-banner")!.TextContent
        );

        // The same answers sent again carry the old version: refused with the answers kept, nothing overwritten.
        var stale = await client.PostFormAsync(
            $"/needs/resources/{id}",
            form.Set("Input.Available", "9"),
            $"/needs/resources/{id}?handler=Change"
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await HtmlClient.ParseAsync(stale);
        Assert.Equal("9", doc.FieldValue("Input.Available"));
        await using var scope = app.Scope(out var db);
        Assert.Equal(1.5m, (await db.OtherResources.SingleAsync(r => r.Id == id)).Available);
    }

    [Fact]
    public async Task OtherOrganisationsResource_IsNotFound_AndReadersCannotChangeIt()
    {
        var (id, org) = await ResourceWithCommitmentAsync("Vans");
        var auditor = await SignedInAsync(Role.Auditor, org);
        var page = await auditor.GetDocumentAsync($"/needs/resources/{id}");
        Assert.Equal("Vans", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Release']"));
        var provider = await app.SignedInAs(Role.Provider);
        Assert.NotEqual(HttpStatusCode.OK, (await provider.GetAsync($"/needs/resources/{id}")).StatusCode);
    }
}
