using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>The joint commissioning plan: each partner gives its own expectations, any partner proposes priority areas
/// and outcomes with who was involved, all partners read the plan and download it; nobody else sees anything.</summary>
public sealed class PlanPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form Expectations(string version) =>
        new Form()
            .Set("Input.Expectations", "Fewer emergency admissions of people aged 65 and over")
            .Set("Input.IntendedAchievements", "A 4% fall by March 2027")
            .Set("Input.CurrentRole", "Commissions community health services")
            .Set("Input.FutureRole", "Leads hospital discharge")
            .Set("Input.IntendedContributions", "The NHS minimum contribution")
            .Set("Input.Version", version);

    [Fact]
    [Trait("Criterion", "PB-P9")]
    [Trait("Criterion", "PB-P10")]
    public async Task TheIcbGivesItsExpectations_TheCouncilReadsThemInThePlanAndItsDocument()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await Pools.AddAsync(app, council, "Planned pool");
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        var icb = await app.SignedInAs(Role.CommissioningPartner);
        var page = $"/partnerships/{pool}/partners/{icbRow}/expectations";

        var blank = await icb.PostFormAsync(page, Expectations("0").Set("Input.Expectations", " "));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var error = await HtmlClient.ParseAsync(blank);
        Assert.Equal(["Enter what your organisation expects of the partnership"], error.ErrorSummary());
        Assert.Equal("Leads hospital discharge", error.FieldValue("Input.FutureRole"));

        var version = (await icb.GetDocumentAsync(page)).FieldValue("Input.Version")!;
        Assert.Equal(HttpStatusCode.Redirect, (await icb.PostFormAsync(page, Expectations(version))).StatusCode);

        var plan = await council.GetDocumentAsync($"/partnerships/{pool}/plan");
        Assert.Contains("1 of 2 partners have said what they expect", plan.QuerySelector("main")!.TextContent);
        var icbEntry = plan.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == DemoUsers.Icb);
        Assert.Contains("Fewer emergency admissions", icbEntry.TextContent);
        Assert.Contains("View", icbEntry.QuerySelector("a")!.TextContent);
        // The council reads the ICB's answers but cannot give them.
        var theirs = await council.GetDocumentAsync(page);
        Assert.Null(theirs.QuerySelector("form textarea"));
        Assert.Contains("Leads hospital discharge", theirs.QuerySelector(".govuk-summary-list")!.TextContent);
        var refused = await council.PostFormAsync(page, Expectations(version).Set("Input.FutureRole", "Changed"));
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.AbsolutePath);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                "Leads hospital discharge",
                (await db.PartnershipPartners.SingleAsync(p => p.Id == icbRow)).FutureRole
            );

        var docx = await council.GetAsync($"/partnerships/{pool}/plan/document");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(
            new MemoryStream(await docx.Content.ReadAsByteArrayAsync()),
            false
        );
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("What each partner expects", text);
        Assert.Contains("Leads hospital discharge", text);
        Assert.Contains("Not yet given.", text);
    }

    [Fact]
    [Trait("Criterion", "PB-P3")]
    [Trait("Criterion", "PB-P4")]
    public async Task PartnersProposeAPriorityAreaAndAnOutcome_WithWhoWasInvolved_AndAgreeThem()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await Pools.AddAsync(app, council, "Priorities pool");
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        var icb = await app.SignedInAs(Role.CommissioningPartner);

        var priority = await icb.PostFormAsync(
            $"/partnerships/{pool}/plan/items?kind=PriorityArea",
            new Form()
                .Set("Input.Title", "Hospital discharge")
                .Set("Input.Description", "Delays cost both partners most")
                .Set("Input.Involvement", "Northshire Carers' Forum: carers asked for a named contact")
                .Set("Input.Version", "0")
        );
        Assert.Equal(HttpStatusCode.Redirect, priority.StatusCode);
        // An outcome needs the partner responsible; the answers stay.
        var outcomeForm = new Form()
            .Set("Input.Title", "People leave hospital on the day they are ready")
            .Set("Input.Description", "A single discharge team")
            .Set("Input.AgreedOn.Day", "10")
            .Set("Input.AgreedOn.Month", "2")
            .Set("Input.AgreedOn.Year", "2026")
            .Set("Input.Version", "0");
        var missing = await council.PostFormAsync($"/partnerships/{pool}/plan/items?kind=Outcome", outcomeForm);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var doc = await HtmlClient.ParseAsync(missing);
        Assert.Equal(["Select the partner responsible for the outcome"], doc.ErrorSummary());
        Assert.Equal("A single discharge team", doc.FieldValue("Input.Description"));
        var outcome = await council.PostFormAsync(
            $"/partnerships/{pool}/plan/items?kind=Outcome",
            outcomeForm.Set("Input.ResponsiblePartnerId", icbRow.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, outcome.StatusCode);

        var plan = await council.GetDocumentAsync($"/partnerships/{pool}/plan");
        var text = plan.QuerySelector("main")!.TextContent;
        Assert.Contains("Hospital discharge", text);
        Assert.Contains("Who was involved: Northshire Carers' Forum", text);
        Assert.Contains($"Responsible: {DemoUsers.Icb}", text);
        Assert.Contains("Agreed 10 February 2026", text);
        Assert.Contains("Proposed", text);

        // The council agrees the priority area the ICB proposed.
        Guid itemId;
        await using (var scope = app.Scope(out var db))
            itemId = await db
                .PlanItems.Where(i => i.PartnershipId == pool && i.Kind == PlanItemKind.PriorityArea)
                .Select(i => i.Id)
                .SingleAsync();
        var edit = $"/partnerships/{pool}/plan/items/{itemId}";
        var read = await council.GetDocumentAsync(edit);
        Assert.Equal("Hospital discharge", read.FieldValue("Input.Title"));
        var agreed = await council.PostFormAsync(
            edit,
            new Form()
                .Set("Input.Title", "Hospital discharge")
                .Set("Input.AgreedOn.Day", "12")
                .Set("Input.AgreedOn.Month", "3")
                .Set("Input.AgreedOn.Year", "2026")
                .Set("Input.Version", read.FieldValue("Input.Version")!)
        );
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        // The same form sent again is stale: refused, nothing changed.
        var stale = await council.PostFormAsync(
            edit,
            new Form().Set("Input.Title", "Discharge").Set("Input.Version", read.FieldValue("Input.Version")!)
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var item = await db.PlanItems.SingleAsync(i => i.Id == itemId);
            Assert.Equal(("Hospital discharge", new DateOnly(2026, 3, 12)), (item.Title, item.AgreedOn!.Value));
        }
    }

    [Fact]
    [Trait("Criterion", "PB-P3")]
    public async Task APriorityArea_IsAgreedThroughAPartnersEngagement_AndThePlanSaysWhichAndHowManyResponded()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await Pools.AddAsync(app, council, "Pool agreed with people");
        Guid engagement;
        string title;
        int responses;
        await using (var scope = app.Scope(out var db))
        {
            var shared = await db
                .Appraisals.AsNoTracking()
                .Where(a => a.Status == Domain.Appraisals.AppraisalStatus.EngagementOpen)
                .OrderBy(a => a.Title)
                .FirstAsync();
            (engagement, title) = (shared.Id, shared.Title);
            responses = await db.Contributions.CountAsync(c => c.AppraisalId == engagement);
        }
        var form = new Form()
            .Set("Input.Title", "Carers' breaks")
            .Set("Input.EngagementId", Guid.NewGuid().ToString())
            .Set("Input.Version", "0");

        // An engagement that is not one of the partners' is refused, the answers kept.
        var refused = await council.PostFormAsync($"/partnerships/{pool}/plan/items?kind=PriorityArea", form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal(["Select an engagement of one of the partners, or none"], page.ErrorSummary());
        Assert.Equal("Carers' breaks", page.FieldValue("Input.Title"));

        var saved = await council.PostFormAsync(
            $"/partnerships/{pool}/plan/items?kind=PriorityArea",
            form.Set("Input.EngagementId", engagement.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = (await council.GetDocumentAsync($"/partnerships/{pool}/plan")).QuerySelector("main")!.TextContent;
        Assert.Contains(
            $"Agreed through the engagement on: {title} ({responses} {(responses == 1 ? "response" : "responses")}",
            plan
        );
    }

    [Fact]
    public async Task SomeoneOfAnOrganisationNotInIt_FindsNoPlanByGuessingAddresses()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await Pools.AddAsync(app, council, "Sealed plan pool");
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        var outsider = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        foreach (
            var page in new[]
            {
                $"/partnerships/{pool}/plan",
                $"/partnerships/{pool}/plan/document",
                $"/partnerships/{pool}/plan/items?kind=Outcome",
                $"/partnerships/{pool}/partners/{icbRow}/expectations",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
    }
}
