using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Pages.Purchasing;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>Withdrawing a request to a draft and cancelling a purchase: pages and API, with who, when and why
/// kept.</summary>
public sealed class PurchaseCancelTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Marker(string what) => $"{what} {Guid.NewGuid():N}"[..(what.Length + 9)];

    /// <summary>A new organisation with the default purchasing rules, and a purchaser in it.</summary>
    private async Task<TestUser> PurchaserAsync()
    {
        var org = (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        return await new UserBuilder(app).Named("Gary Mills").WithRole(Role.Purchaser, org).SaveAsync();
    }

    private Task<TestUser> SpecialistUserInAsync(Guid organisationId) =>
        new UserBuilder(app).Named("Sian Roberts").WithRole(Role.ProcurementSpecialist, organisationId).SaveAsync();

    private async Task<HttpClient> SpecialistInAsync(Guid organisationId) =>
        await app.SignedInAs(await SpecialistUserInAsync(organisationId));

    private PurchaseRequestBuilder Purchase(TestUser requester, string description, PurchaseStatus status) =>
        new PurchaseRequestBuilder(app).RequestedBy(requester).For(description).InStatus(status);

    private async Task<PurchaseRequest> ReadAsync(Guid id)
    {
        await using var scope = app.Scope(out var db);
        return await db.PurchaseRequests.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    public async Task TheRequester_CancelsAnAwaitingRequest_WithAReason_AndItShowsAsCancelled()
    {
        var requester = await PurchaserAsync();
        var description = Marker("Bath lifts");
        var id = (await Purchase(requester, description, PurchaseStatus.AwaitingApproval).SaveAsync()).Id;
        var purchaser = await app.SignedInAs(requester);

        var overview = await purchaser.GetDocumentAsync($"/purchasing/{id}");
        Assert.NotNull(overview.QuerySelector($"a[href='/purchasing/{id}/withdraw']"));
        var page = await purchaser.GetDocumentAsync($"/purchasing/{id}/cancel");
        Assert.Equal("Are you sure you want to cancel this purchase?", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".govuk-warning-text"));
        Assert.Equal("Cancel purchase", page.QuerySelector("button.govuk-button--warning")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"main a[href='/purchasing/{id}']"));

        // No reason: the error summary says so, links to the field, and nothing changes.
        var noReason = await purchaser.PostPurchaseAsync($"/purchasing/{id}/cancel", new Form().Set("Reason", " "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var refused = await HtmlClient.ParseAsync(noReason);
        Assert.Equal(["Enter why you are cancelling the purchase"], refused.ErrorSummary());
        Assert.Equal("#Reason", refused.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(PurchaseStatus.AwaitingApproval, (await ReadAsync(id)).Status);

        var cancelled = await purchaser.PostPurchaseAsync(
            $"/purchasing/{id}/cancel",
            new Form().Set("Reason", "The person moved to a care home with its own equipment")
        );
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var saved = await ReadAsync(id);
        Assert.Equal(PurchaseStatus.Cancelled, saved.Status);
        Assert.Equal(requester.Id, saved.CancelledByUserId);
        Assert.NotNull(saved.CancelledAt);
        Assert.Equal("The person moved to a care home with its own equipment", saved.CancelledReason);
        await using (var scope = app.Scope(out var db))
        {
            var entry = await db
                .AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == nameof(PurchaseRequest) && e.EntityId == id.ToString())
                .OrderByDescending(e => e.Sequence)
                .FirstAsync();
            Assert.Equal(requester.Email, entry.UserName);
            Assert.Contains("\"Cancelled\"", entry.Changes);
            Assert.Contains("The person moved to a care home", entry.Changes);
        }

        // The overview and the lists show it as cancelled, with who, when and why; no more ways to stop it.
        overview = await purchaser.GetDocumentAsync($"/purchasing/{id}");
        Assert.Equal("Cancelled", overview.QuerySelector("main .govuk-tag--red")!.TextContent);
        var facts = overview.QuerySelector("main dl")!.TextContent;
        Assert.Contains("The person moved to a care home", facts);
        Assert.Contains(requester.DisplayName, facts);
        Assert.Null(overview.QuerySelector($"a[href='/purchasing/{id}/cancel']"));
        var row = (await purchaser.GetDocumentAsync("/purchasing"))
            .QuerySelectorAll("main table tbody tr")
            .Single(r => r.TextContent.Contains(description));
        Assert.Equal("Cancelled", row.QuerySelector(".govuk-tag--red")!.TextContent);
        var specialist = await SpecialistInAsync(requester.OrganisationId);
        var listed = (
            await specialist.GetDocumentAsync($"/purchasing/all?search={Uri.EscapeDataString(description)}")
        ).QuerySelector("main table tbody tr")!;
        Assert.Equal("Cancelled", listed.QuerySelector(".govuk-tag--red")!.TextContent);
    }

    [Fact]
    public async Task TheRequester_WithdrawsASubmittedRequest_ToADraft_AndCanChangeItAgain()
    {
        var requester = await PurchaserAsync();
        var id = (await Purchase(requester, Marker("Commodes"), PurchaseStatus.Rejected).SaveAsync()).Id;
        var purchaser = await app.SignedInAs(requester);
        var page = await purchaser.GetDocumentAsync($"/purchasing/{id}/withdraw");
        Assert.Equal("Are you sure you want to withdraw this request?", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("The decision to reject it is cleared", page.QuerySelector("main")!.TextContent);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await purchaser.PostPurchaseAsync($"/purchasing/{id}/withdraw", new Form())).StatusCode
        );
        var saved = await ReadAsync(id);
        Assert.Equal(PurchaseStatus.Draft, saved.Status);
        Assert.Null(saved.Decision);
        Assert.Null(saved.DecisionReason);
        Assert.Equal(HttpStatusCode.OK, (await purchaser.GetAsync($"/purchasing/{id}/what")).StatusCode);
        Assert.NotNull((await purchaser.GetDocumentAsync($"/purchasing/{id}")).QuerySelector("ul.govuk-task-list"));

        // A draft is not withdrawn again: the page says why and offers no button.
        var again = await purchaser.GetDocumentAsync($"/purchasing/{id}/withdraw");
        Assert.Equal("You cannot withdraw this request", again.QuerySelector("h1")!.TextContent);
        Assert.Null(again.QuerySelector("main form"));
    }

    [Fact]
    public async Task AnOrderedPurchase_SaysWhyItCannotBeCancelled_AndNothingChanges()
    {
        var requester = await PurchaserAsync();
        var id = (await Purchase(requester, Marker("Hoist slings"), PurchaseStatus.Ordered).SaveAsync()).Id;
        var purchaser = await app.SignedInAs(requester);

        var overview = await purchaser.GetDocumentAsync($"/purchasing/{id}");
        Assert.Null(overview.QuerySelector($"a[href='/purchasing/{id}/cancel']"));
        Assert.Contains(
            "The purchase order has been issued, so the purchase cannot be cancelled here",
            overview.QuerySelector("main")!.TextContent
        );
        var page = await purchaser.GetDocumentAsync($"/purchasing/{id}/cancel");
        Assert.Equal("You cannot cancel this purchase", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("the order is a commitment to the supplier", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));

        // A hand-made post is refused with the same reason.
        var token = (await purchaser.GetDocumentAsync("/purchasing/start"))
            .QuerySelector("input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;
        var posted = await purchaser.PostAsync(
            $"/purchasing/{id}/cancel",
            new FormUrlEncodedContent(
                new Form()
                    .Set("Reason", "Not needed")
                    .Set("PurchaseVersion", (await ReadAsync(id)).Version.ToString())
                    .Set("__RequestVerificationToken", token)
            )
        );
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.StartsWith(
            "The purchase order has been issued",
            (await HtmlClient.ParseAsync(posted)).ErrorSummary()[0]
        );
        Assert.Equal(PurchaseStatus.Ordered, (await ReadAsync(id)).Status);
    }

    [Fact]
    public async Task SomeoneElse_CannotCancel_AndAStaleFormIsRefused()
    {
        var requester = await PurchaserAsync();
        var id = (await Purchase(requester, Marker("Perching stools"), PurchaseStatus.Submitted).SaveAsync()).Id;

        // A specialist sees the purchase but it is not theirs to cancel.
        var specialist = await SpecialistInAsync(requester.OrganisationId);
        var theirs = await specialist.GetDocumentAsync($"/purchasing/{id}/cancel");
        Assert.Equal(
            "Only the person who asked for this purchase can cancel or withdraw it.",
            theirs.QuerySelector("main p")!.TextContent
        );
        Assert.Null(
            (await specialist.GetDocumentAsync($"/purchasing/{id}")).QuerySelector($"a[href='/purchasing/{id}/cancel']")
        );

        var purchaser = await app.SignedInAs(requester);
        var version = (await ReadAsync(id)).Version;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await purchaser.PostPurchaseAsync($"/purchasing/{id}/withdraw", new Form())).StatusCode
        );
        var stale = await purchaser.PostPurchaseAsync(
            $"/purchasing/{id}/cancel",
            new Form().Set("Reason", "Not needed").Set("PurchaseVersion", version.ToString())
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal([PurchasePageModel.ConflictMessage], (await HtmlClient.ParseAsync(stale)).ErrorSummary());
        var saved = await ReadAsync(id);
        Assert.Equal(PurchaseStatus.Draft, saved.Status);
        Assert.Null(saved.CancelledReason);
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    public async Task Api_WithdrawsAndCancels_WithTheSameRules_AndProblemDetails()
    {
        var requester = await PurchaserAsync();
        var id = (await Purchase(requester, Marker("Shower stools"), PurchaseStatus.AwaitingApproval).SaveAsync()).Id;
        var ordered = (await Purchase(requester, Marker("Ramps"), PurchaseStatus.Ordered).SaveAsync()).Id;
        var purchaser = await app.ApiClientAs(requester);
        var version = (await ReadAsync(id)).Version;

        // Bad bodies are problem details and change nothing.
        foreach (
            var body in new[]
            {
                "{}",
                $$"""{"version": {{version}}}""",
                $$"""{"version": {{version}}, "reason": 5}""",
                $$"""{"version": {{version}}, "reason": "x", "colour": "red"}""",
            }
        )
        {
            var bad = await purchaser.PostJsonAsync($"/api/v1/purchases/{id}/cancel", body);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        }
        var blank = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/cancel",
            $$"""{"version": {{version}}, "reason": " "}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(["reason"], (await blank.ReadJsonAsync()).ErrorFields());

        var specialist = await app.ApiClientAs(await SpecialistUserInAsync(requester.OrganisationId));
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await specialist.PostJsonAsync(
                    $"/api/v1/purchases/{id}/cancel",
                    $$"""{"version": {{version}}, "reason": "Not needed"}"""
                )
            ).StatusCode
        );

        var withdrawn = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/withdraw",
            $$"""{"version": {{version}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("Draft", (await withdrawn.ReadJsonAsync()).GetProperty("status").GetString());
        var stale = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/cancel",
            $$"""{"version": {{version}}, "reason": "Not needed"}"""
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(version + 1, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
        var notAgain = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/withdraw",
            $$"""{"version": {{version + 1}}}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, notAgain.StatusCode);
        Assert.Equal(
            "This request cannot be withdrawn",
            (await notAgain.ReadJsonAsync()).GetProperty("title").GetString()
        );

        var cancelled = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/cancel",
            $$"""{"version": {{version + 1}}, "reason": " Budget withdrawn "}"""
        );
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var json = await cancelled.ReadJsonAsync();
        Assert.Equal("Cancelled", json.GetProperty("status").GetString());
        Assert.Equal("Budget withdrawn", json.GetProperty("cancelledReason").GetString());
        Assert.Equal(requester.Id, (await ReadAsync(id)).CancelledByUserId);

        var refused = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{ordered}/cancel",
            $$"""{"version": {{(await ReadAsync(ordered)).Version}}, "reason": "Not needed"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal("This purchase cannot be cancelled", problem.GetProperty("title").GetString());
        Assert.StartsWith("The purchase order has been issued", problem.GetProperty("detail").GetString());
        Assert.Equal(PurchaseStatus.Ordered, (await ReadAsync(ordered)).Status);
    }
}
