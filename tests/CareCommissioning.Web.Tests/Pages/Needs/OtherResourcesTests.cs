using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class OtherResourcesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P10")]
    [Trait("Criterion", "OA-P11")]
    public async Task CommittingAResource_ShowsTheImpactOnWhatIsLeft_AndOverCommitmentNeedsConfirming()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostFormAsync(
                    "/needs/resources",
                    new Form()
                        .Set("Input.Name", "Occupational therapists")
                        .Set("Input.Kind", "Staff")
                        .Set("Input.Unit", "FTE")
                        .Set("Input.Year", "2027/28")
                        .Set("Input.Available", "4"),
                    "/needs/resources?handler=Add"
                )
            ).StatusCode
        );
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = (await db.OtherResources.SingleAsync()).Id;
        var first = await client.PostFormAsync(
            "/needs/resources",
            new Form()
                .Set("Use.ResourceId", id.ToString())
                .Set("Use.Purpose", "Hospital discharge")
                .Set("Use.Quantity", "3"),
            "/needs/resources?handler=Use"
        );
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var over = await client.PostFormAsync(
            "/needs/resources",
            new Form()
                .Set("Use.ResourceId", id.ToString())
                .Set("Use.Purpose", "Reablement first")
                .Set("Use.Quantity", "2"),
            "/needs/resources?handler=Use"
        );
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        var doc = await HtmlClient.ParseAsync(over);
        Assert.Contains(
            "leaves -1 FTE in 2027/28 for everything else, which already has: Hospital discharge (3)",
            doc.QuerySelector(".govuk-inset-text")!.TextContent
        );
        Assert.Contains(doc.ErrorSummary(), e =>
            e.StartsWith("That is more than is left (1 FTE)", StringComparison.Ordinal)
        );
        var confirmed = await client.PostFormAsync(
            "/needs/resources",
            new Form()
                .Set("Use.ResourceId", id.ToString())
                .Set("Use.Purpose", "Reablement first")
                .Set("Use.Quantity", "2")
                .With("Use.Confirm", "yes"),
            "/needs/resources?handler=Use"
        );
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var page = await client.GetDocumentAsync("/needs/resources");
        Assert.Contains("Short by 1 FTE", page.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task BadResource_Is400()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var response = await client.PostFormAsync(
            "/needs/resources",
            new Form()
                .Set("Input.Name", "Rooms")
                .Set("Input.Kind", "Building")
                .Set("Input.Unit", "rooms")
                .Set("Input.Year", "2027")
                .Set("Input.Available", "lots"),
            "/needs/resources?handler=Add"
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await HtmlClient.ParseAsync(response)).ErrorSummary();
        Assert.Contains("The amount available must be a number, like 2.5", errors);
        Assert.Contains("Enter the financial year, like 2027/28", errors);
    }
}
