using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

public sealed class PurchaseMakeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(Guid Head, Guid Shed, Guid Mobility, Guid Suspended)> IdsAsync()
    {
        await using var scope = app.Scope(out var db);
        return (
            (await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP")).Id,
            (await db.Suppliers.SingleAsync(s => s.Name == DemoPurchasing.UnfamiliarCharity)).Id,
            (await db.Suppliers.SingleAsync(s => s.Name == DemoPurchasing.PreferredEquipment)).Id,
            (await db.Suppliers.SingleAsync(s => s.Name == DemoPurchasing.Suspended)).Id
        );
    }

    private Form Quote(
        Guid supplier,
        string price,
        string quality = "4",
        string sustainability = "3",
        string social = "5"
    ) =>
        new Form()
            .Set("Input.SupplierId", supplier.ToString())
            .Set("Input.Price", price)
            .Set("Input.ReceivedOn.Day", app.Today.Day.ToString())
            .Set("Input.ReceivedOn.Month", app.Today.Month.ToString())
            .Set("Input.ReceivedOn.Year", app.Today.Year.ToString())
            .Set("Input.Scores[Quality]", quality)
            .Set("Input.Evidence[Quality]", "Sample bed tried by both people")
            .Set("Input.Scores[Sustainability]", sustainability)
            .Set("Input.Scores[SocialValue]", social);

    private async Task<Guid> SubmittedAsync(HttpClient client, Guid head, string value)
    {
        var id = await PurchaseSteps.StartAsync(client);
        await PurchaseSteps.PlanAsync(client, id, head, value: value);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostPurchaseAsync($"/purchasing/{id}/check", new Form())).StatusCode
        );
        return id;
    }

    [Fact]
    [Trait("Criterion", "PU-P9")]
    [Trait("Criterion", "PU-P10")]
    [Trait("Criterion", "PU-P11")]
    public async Task UnfamiliarSupplier_NeedsASpecialistsAdvice_ThenTheRequesterApprovesWithinTheirLimit()
    {
        var (head, shed, mobility, suspended) = await IdsAsync();
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var id = await SubmittedAsync(purchaser, head, "1800");

        // A suspended supplier cannot quote.
        var refused = await purchaser.PostPurchaseAsync(
            $"/purchasing/{id}/quotes",
            Quote(suspended, "900"),
            $"/purchasing/{id}/quotes?handler=Add"
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith(
            "QuickCare Supplies Ltd is suspended",
            (await HtmlClient.ParseAsync(refused)).ErrorSummary()[0]
        );

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/quotes",
                    Quote(shed, "1,500", quality: "5", social: "5"),
                    $"/purchasing/{id}/quotes?handler=Add"
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/quotes",
                    Quote(mobility, "1,800", quality: "3", social: "1"),
                    $"/purchasing/{id}/quotes?handler=Add"
                )
            ).StatusCode
        );

        // Whole-life cost 40 (lowest £1,500 gets all 40; £1,800 gets 40 × 1,500 ÷ 1,800 = 33.3), quality 40,
        // sustainability 10, social value 10.
        var quotes = await purchaser.GetDocumentAsync($"/purchasing/{id}/quotes");
        var rows = quotes.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(DemoPurchasing.UnfamiliarCharity, rows[0]);
        Assert.Contains("40.0", rows[0]);
        Assert.Contains("33.3", rows[1]);
        var choose = quotes.QuerySelectorAll("form[action*='handler=Choose']").First().GetAttribute("action")!;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await purchaser.PostPurchaseAsync($"/purchasing/{id}/quotes", new Form(), choose)).StatusCode
        );

        // The charity is unfamiliar: not preferred, never ordered from, no quality credential.
        var approval = await purchaser.GetDocumentAsync($"/purchasing/{id}/approval");
        Assert.Contains("is unfamiliar", approval.QuerySelector("main ul.govuk-list--bullet")!.TextContent);
        Assert.Empty(approval.QuerySelectorAll("form[action*='handler=Send']"));

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/advice",
                    new Form().Set("Question", "Do we know this charity?"),
                    $"/purchasing/{id}/advice?handler=Ask"
                )
            ).StatusCode
        );
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var advice = await specialist.GetDocumentAsync($"/purchasing/{id}/advice");
        var answer = advice.QuerySelector("form[action*='handler=Answer']")!.GetAttribute("action")!;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await specialist.PostFormAsync(
                    $"/purchasing/{id}/advice",
                    new Form().Set("Answer", "Yes: reliable local charity, pay on delivery"),
                    answer
                )
            ).StatusCode
        );

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/approval",
                    new Form(),
                    $"/purchasing/{id}/approval?handler=Send"
                )
            ).StatusCode
        );
        await using var scope = app.Scope(out var db);
        var saved = await db.PurchaseRequests.Include(p => p.Quotes).SingleAsync(p => p.Id == id);
        Assert.Equal(PurchaseStatus.Approved, saved.Status);
        Assert.Equal(shed, saved.ChosenQuote!.SupplierId);
        Assert.Contains(DemoPurchasing.UnfamiliarCharity, saved.SelectionReasons);
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    public async Task AboveTheRequestersLimit_SomeoneElseApproves_AndNobodyApprovesTheirOwn()
    {
        var (head, _, mobility, _) = await IdsAsync();
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var id = await SubmittedAsync(purchaser, head, "4900");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/quotes",
                    Quote(mobility, "6,000"),
                    $"/purchasing/{id}/quotes?handler=Add"
                )
            ).StatusCode
        );
        var choose = (await purchaser.GetDocumentAsync($"/purchasing/{id}/quotes"))
            .QuerySelector("form[action*='handler=Choose']")!
            .GetAttribute("action")!;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await purchaser.PostPurchaseAsync($"/purchasing/{id}/quotes", new Form(), choose)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/approval",
                    new Form(),
                    $"/purchasing/{id}/approval?handler=Send"
                )
            ).StatusCode
        );
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                PurchaseStatus.AwaitingApproval,
                (await db.PurchaseRequests.SingleAsync(p => p.Id == id)).Status
            );

        var own = await purchaser.PostPurchaseAsync(
            $"/purchasing/{id}/approval",
            new Form().Set("Input.Decision", "Approved"),
            $"/purchasing/{id}/approval?handler=Decide"
        );
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains(
            "You cannot approve your own request: someone else with the authority must decide it",
            (await HtmlClient.ParseAsync(own)).ErrorSummary()
        );

        // The decision maker sees it awaiting approval and approves; a reject without a reason is refused first.
        var decisionMaker = await app.SignedInAs(Role.DecisionMaker);
        Assert.Contains(
            "Two profiling beds",
            (await decisionMaker.GetDocumentAsync("/purchasing")).QuerySelector("table")!.TextContent
        );
        var noReason = await decisionMaker.PostPurchaseAsync(
            $"/purchasing/{id}/approval",
            new Form().Set("Input.Decision", "Rejected"),
            $"/purchasing/{id}/approval?handler=Decide"
        );
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(
            ["Give the reason for rejecting the purchase"],
            (await HtmlClient.ParseAsync(noReason)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await decisionMaker.PostPurchaseAsync(
                    $"/purchasing/{id}/approval",
                    new Form().Set("Input.Decision", "Approved"),
                    $"/purchasing/{id}/approval?handler=Decide"
                )
            ).StatusCode
        );
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.PurchaseRequests.SingleAsync(p => p.Id == id);
            Assert.Equal(PurchaseStatus.Approved, saved.Status);
            Assert.NotEqual(saved.RequestedByUserId, saved.ApproverUserId);
        }
    }
}
