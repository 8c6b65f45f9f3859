using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

public sealed class PurchaseEvaluateTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A purchase of £1,800 from the preferred supplier, planned, quoted, chosen and approved within the
    /// purchaser's limit.</summary>
    private async Task<(HttpClient Purchaser, Guid Id)> ApprovedAsync()
    {
        Guid head,
            mobility;
        await using (var scope = app.Scope(out var db))
        {
            head = (await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP")).Id;
            mobility = (await db.Suppliers.SingleAsync(s => s.Name == DemoPurchasing.PreferredEquipment)).Id;
        }
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var id = await PurchaseSteps.StartAsync(purchaser, PurchaseSteps.What(cpv: "33196200-2"));
        await PurchaseSteps.PlanAsync(purchaser, id, head, value: "1800");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await purchaser.PostPurchaseAsync($"/purchasing/{id}/check", new Form())).StatusCode
        );
        var today = app.Today;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/quotes",
                    new Form()
                        .Set("Input.SupplierId", mobility.ToString())
                        .Set("Input.Price", "1750")
                        .Set("Input.Reference", "Q-778")
                        .Set("Input.ReceivedOn.Day", today.Day.ToString())
                        .Set("Input.ReceivedOn.Month", today.Month.ToString())
                        .Set("Input.ReceivedOn.Year", today.Year.ToString())
                        .Set("Input.Scores[Quality]", "4")
                        .Set("Input.Scores[Sustainability]", "4")
                        .Set("Input.Scores[SocialValue]", "3"),
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
        return (purchaser, id);
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    [Trait("Criterion", "PU-P12")]
    [Trait("Criterion", "PU-P13")]
    [Trait("Criterion", "PU-P14")]
    [Trait("Criterion", "PU-P16")]
    [Trait("Criterion", "PU-P17")]
    public async Task Order_Receipt_Evaluation_SharedWithTheSpecialists()
    {
        var (purchaser, id) = await ApprovedAsync();
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/order",
                    new Form(),
                    $"/purchasing/{id}/order?handler=Issue"
                )
            ).StatusCode
        );
        var order = await purchaser.GetDocumentAsync($"/purchasing/{id}/order");
        var number = $"PO-{app.Today.Year}-000001";
        Assert.Contains(number, order.QuerySelector("h1")!.TextContent);
        await using (var scope = app.Scope(out var db))
        {
            var mail = await db.Outbox.SingleAsync(m => m.Subject.StartsWith($"Purchase order {number}"));
            Assert.StartsWith("orders@northshiremobilityltd", mail.To);
            Assert.Contains("Price agreed: £1,750.00", mail.Body);
            Assert.Contains("Your quote reference: Q-778", mail.Body);
        }
        var docx = await purchaser.GetAsync($"/purchasing/{id}/order.docx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.Content.Headers.ContentType!.MediaType
        );
        using (
            var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
                await docx.Content.ReadAsStreamAsync(),
                false
            )
        )
            Assert.Contains(number, word.MainDocumentPart!.Document.Body!.InnerText);

        // Receipt: a date before the order is refused; then the actual cost of £1,900.
        var early = await purchaser.PostPurchaseAsync(
            $"/purchasing/{id}/order",
            Receipt(app.Today.AddDays(-30), "1900"),
            $"/purchasing/{id}/order?handler=Receive"
        );
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(
            ["The date received cannot be before the order was issued"],
            (await HtmlClient.ParseAsync(early)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/order",
                    Receipt(app.Today, "1900"),
                    $"/purchasing/{id}/order?handler=Receive"
                )
            ).StatusCode
        );

        var evaluation = await purchaser.GetDocumentAsync($"/purchasing/{id}/evaluation");
        var measures = evaluation.QuerySelector("table")!.TextContent;
        Assert.Contains("Days from request to order", measures);
        Assert.Contains("Compliance with the purchasing rules", measures);
        // Whole-life cost estimated 1,800 + 5 × 100 + 50 = 2,350; actual replaces the purchase price: 1,900 + 500 + 50
        // = 2,450.
        Assert.Contains(
            "Whole-life cost £2,450.00 against £2,350.00 estimated: £100.00 more",
            evaluation.QuerySelector("main")!.TextContent
        );

        var missing = await purchaser.PostPurchaseAsync(
            $"/purchasing/{id}/evaluation",
            new Form().Set("Input.EffectivenessRating", "4").With("Input.Share", "yes")
        );
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(
            [
                "Judge whether the purchase was good value for money",
                "Describe the benefits to people who use services, their key people and communities",
            ],
            (await HtmlClient.ParseAsync(missing)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/evaluation",
                    new Form()
                        .Set("Input.EffectivenessRating", "4")
                        .Set("Input.ValueForMoney", "Good")
                        .Set("Input.Benefits", "Both people went home from hospital two days sooner")
                        .With("Input.Share", "yes")
                )
            ).StatusCode
        );

        // What is left in the budget head this year: the 2026/27 budget less the received purchase at its actual cost.
        var next = await PurchaseSteps.StartAsync(purchaser, PurchaseSteps.What(description: "Another purchase"));
        var heads = (await purchaser.GetDocumentAsync($"/purchasing/{next}/justification"))
            .QuerySelectorAll("select[name='Input.BudgetHeadId'] option")
            .Select(o => o.TextContent.Trim());
        Assert.Contains("Adult social care – older people (£70,498,100.00 left this year)", heads); // 70,500,000 − 1,900

        await using (var scope = app.Scope(out var db))
        {
            Assert.Equal(PurchaseStatus.Evaluated, (await db.PurchaseRequests.SingleAsync(p => p.Id == id)).Status);
            var specialist = await db.Users.SingleAsync(u =>
                u.Email == DemoUsers.For(Role.ProcurementSpecialist).Email
            );
            var notice = await db.Notices.SingleAsync(n => n.SubjectId == id && n.RecipientUserId == specialist.Id);
            Assert.Contains("Effectiveness 4 out of 5", notice.Body);
        }
    }

    [Fact]
    [Trait("Criterion", "PU-P15")]
    public async Task ProcessChange_ProposedDiscussedAndAgreedByASpecialist()
    {
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var empty = await purchaser.PostFormAsync(
            "/purchasing/changes/propose",
            new Form().Set("Input.WhatToChange", "").Set("Input.Why", "Quotes take too long")
        );
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(
            "Quotes take too long",
            (await HtmlClient.ParseAsync(empty)).QuerySelector("textarea[name='Input.Why']")!.TextContent.Trim()
        );
        var proposed = await purchaser.PostFormAsync(
            "/purchasing/changes/propose",
            new Form()
                .Set("Input.WhatToChange", "One quote up to £10,000 from a preferred supplier")
                .Set("Input.Why", "Preferred suppliers were already tested; three quotes added two weeks")
        );
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var url = proposed.Headers.Location!.OriginalString;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostFormAsync(
                    url,
                    new Form().Set("Comment", "It happened on three purchases this year"),
                    url + "?handler=Comment"
                )
            ).StatusCode
        );

        // The purchaser cannot decide; the specialist must give a reason.
        Assert.Empty((await purchaser.GetDocumentAsync(url)).QuerySelectorAll("form[action*='handler=Decide']"));
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var page = await specialist.GetDocumentAsync(url);
        var version = page.QuerySelector("input[name=ProposalVersion]")!.GetAttribute("value")!;
        var noReason = await specialist.PostFormAsync(
            url,
            new Form().Set("Decision", "Agreed").Set("ProposalVersion", version),
            url + "?handler=Decide"
        );
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(
            ["Give the reason for agreeing the change"],
            (await HtmlClient.ParseAsync(noReason)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await specialist.PostFormAsync(
                    url,
                    new Form()
                        .Set("Decision", "Agreed")
                        .Set("Reason", "Agreed at the procurement board")
                        .Set("ProposalVersion", version),
                    url + "?handler=Decide"
                )
            ).StatusCode
        );
        var agreed = await specialist.GetDocumentAsync(url);
        Assert.Contains(
            "Agreed: Agreed at the procurement board",
            agreed.QuerySelector(".govuk-summary-list")!.TextContent
        );
        Assert.NotNull(agreed.QuerySelector("a[href='/purchasing/rules/new']"));
        Assert.Contains("It happened on three purchases this year", agreed.QuerySelector("main")!.TextContent);
    }

    private static Form Receipt(DateOnly on, string cost) =>
        new Form()
            .Set("Input.ReceivedOn.Day", on.Day.ToString())
            .Set("Input.ReceivedOn.Month", on.Month.ToString())
            .Set("Input.ReceivedOn.Year", on.Year.ToString())
            .Set("Input.ActualCost", cost)
            .Set("Input.QualityRating", "4")
            .Set("Input.QualityNote", "Delivered and fitted on time");
}
