using System.Net;
using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Suppliers;

/// <summary>Approving a preferred supplier, recording a quality credential and changing a supplier's status, each with
/// bad input first.</summary>
public sealed class SupplierSubFormsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DateOnly Today => app.Today;

    private static Form Date(Form form, string field, DateOnly date) =>
        form.Set($"Input.{field}.Day", date.Day.ToString())
            .Set($"Input.{field}.Month", date.Month.ToString())
            .Set($"Input.{field}.Year", date.Year.ToString());

    private static Form Approval(string code, DateOnly approved, DateOnly expires) =>
        Date(
            Date(
                new Form().Set("Input.CpvCode", code).Set("Input.Notes", "After the 2026 mini-competition"),
                "ApprovedOn",
                approved
            ),
            "ExpiresOn",
            expires
        );

    private async Task<Guid> NewSupplierAsync(HttpClient client, string name) =>
        await SupplierPagesTests.AddAsync(client, SupplierPagesTests.ValidForm(name));

    [Fact]
    [Trait("Criterion", "PU-P5")]
    public async Task Approve_Valid_RecordsTheApproverAndShowsTheApprovalAsCurrent()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await NewSupplierAsync(client, "Approvable Care Ltd");

        var form = await client.GetDocumentAsync($"/suppliers/{id}/approvals/add");
        Assert.Contains("Sian Roberts (you)", form.QuerySelector("main")!.TextContent);
        Assert.Equal(Today.Day.ToString(), form.FieldValue("Input.ApprovedOn.Day"));

        var response = await client.PostFormAsync(
            $"/suppliers/{id}/approvals/add",
            Approval("85311100-3", Today, Today.AddYears(2))
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetDocumentAsync($"/suppliers/{id}");
        Assert.Contains(
            "is a preferred supplier for 85311100-3 Welfare services for the elderly",
            page.QuerySelector(".govuk-notification-banner__heading")!.TextContent
        );
        var row = page.QuerySelectorAll("[aria-labelledby=approvals] tbody tr").Single();
        Assert.Contains("Current", row.TextContent);
        Assert.Contains("Sian Roberts", row.TextContent);
        Assert.Null(page.QuerySelector(".govuk-inset-text"));

        await using var scope = app.Scope(out var db);
        var specialist = await db.Users.Where(u => u.Email == "procurement@demo.test").Select(u => u.Id).SingleAsync();
        var approval = await db.PreferredSupplierApprovals.SingleAsync(a => a.SupplierId == id);
        Assert.Equal(specialist, approval.ApprovedByUserId);
        Assert.Equal(Today.AddYears(2), approval.ExpiresOn);
        Assert.True(
            await db.AuditEntries.AnyAsync(a =>
                a.EntityType == "PreferredSupplierApproval" && a.EntityId == approval.Id.ToString()
            )
        );

        // The register's "preferred only" filter now finds it for the category, and for a code below it.
        var list = await client.GetDocumentAsync("/suppliers?Preferred=yes&Category=85311100-3");
        Assert.Contains("Approvable Care Ltd", list.QuerySelector("tbody")!.TextContent);
        var history = await client.GetDocumentAsync($"/suppliers/{id}/history");
        // The supplier created, its two CPV categories added, and the approval.
        Assert.Equal(4, history.QuerySelectorAll(".govuk-summary-card").Length);
        Assert.Contains("85311100-3", history.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData(
        "85311100-3",
        -1,
        "Input.ExpiresOn",
        "The approval must expire after the date it was approved",
        "Input_ExpiresOn-day"
    )]
    [InlineData(
        "85311100-3",
        0,
        "Input.ExpiresOn",
        "The approval must expire after the date it was approved",
        "Input_ExpiresOn-day"
    )]
    [InlineData(
        "85311100-3",
        3700,
        "Input.ExpiresOn",
        "An approval can last 10 years at most: review it before then",
        "Input_ExpiresOn-day"
    )]
    [InlineData(
        "12345678-9",
        365,
        "Input.CpvCode",
        "12345678-9 is not a CPV code: search for the goods or service by name",
        "Input_CpvCode"
    )]
    [InlineData("", 365, "Input.CpvCode", "Enter a CPV code, for example 85311200-4", "Input_CpvCode")]
    [InlineData(
        "33196200-2",
        365,
        "Input.CpvCode",
        "Approvals Refused Ltd is not registered as supplying 33196200-2: add the code to what they supply first",
        "Input_CpvCode"
    )]
    public async Task Approve_Invalid_Is400WithTheMessageOnTheFieldAndSavesNothing(
        string code,
        int days,
        string field,
        string message,
        string id
    )
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var supplier = await NewSupplierAsync(client, "Approvals Refused Ltd");
        var response = await client.PostFormAsync(
            $"/suppliers/{supplier}/approvals/add",
            Approval(code, Today, Today.AddDays(days))
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Equal([message], doc.ErrorSummary());
        Assert.Equal("#" + id, doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(doc.GetElementById(id));
        Assert.Equal(code, doc.FieldValue("Input.CpvCode"));
        Assert.Equal("After the 2026 mini-competition", doc.FieldValue("Input.Notes"));
        Assert.Equal(Today.AddDays(days).Year.ToString(), doc.FieldValue("Input.ExpiresOn.Year"));
        _ = field;
        await using var scope = app.Scope(out var db);
        Assert.False(await db.PreferredSupplierApprovals.AnyAsync(a => a.SupplierId == supplier));
    }

    [Fact]
    public async Task Approve_ImpossibleDate_SaysSo()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var supplier = await NewSupplierAsync(client, "Bad Date Care Ltd");
        var form = Approval("85311100-3", Today, Today.AddYears(1))
            .Set("Input.ExpiresOn.Day", "31")
            .Set("Input.ExpiresOn.Month", "2");
        var response = await client.PostFormAsync($"/suppliers/{supplier}/approvals/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The expiry date must be a real date"], (await HtmlClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    [Trait("Criterion", "PU-P10")]
    public async Task Credential_CqcRegistrationWithRating_IsShownAndMakesTheSupplierFamiliar()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await NewSupplierAsync(client, "Rated Home Care Ltd");
        Assert.NotNull((await client.GetDocumentAsync($"/suppliers/{id}")).QuerySelector(".govuk-inset-text"));

        var form = new Form()
            .Set("Input.Kind", "CqcRegistration")
            .Set("Input.Reference", "1-123456789")
            .Set("Input.CqcRating", "Good");
        Date(form, "AwardedOn", Today.AddYears(-1));
        var response = await client.PostFormAsync($"/suppliers/{id}/credentials/add", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetDocumentAsync($"/suppliers/{id}");
        var row = page.QuerySelectorAll("[aria-labelledby=credentials] tbody tr").Single();
        Assert.Contains("CQC registration", row.TextContent);
        Assert.Contains("Good", row.TextContent);
        Assert.Contains("Does not expire", row.TextContent);
        Assert.Contains("Current", row.TextContent);
        // A current quality credential: no longer unfamiliar, so no need to ask a specialist (PU-P10).
        Assert.Null(page.QuerySelector(".govuk-inset-text"));
        await using var scope = app.Scope(out var db);
        var saved = await db.QualityCredentials.SingleAsync(c => c.SupplierId == id);
        Assert.Equal(CqcRating.Good, saved.CqcRating);
    }

    [Theory]
    [InlineData("CqcRegistration", "1-123456789", "", "", "Select the CQC rating, or not yet rated", "Input_CqcRating")]
    [InlineData("Iso9001", "ISO-1", "", "", "Enter the date the certificate expires", "Input_ExpiresOn-day")]
    [InlineData("Iso9001", "ISO-1", "Good", "2030", "Only a CQC registration has a CQC rating", "Input_CqcRating")]
    [InlineData("Other", "X-1", "", "2030", "Enter the name of the credential", "Input_OtherName")]
    [InlineData("CyberEssentials", "", "", "2030", "Enter the certificate number", "Input_Reference")]
    [InlineData("", "X-1", "", "2030", "Select the kind of credential", "Input_Kind")]
    public async Task Credential_Invalid_Is400WithTheMessageOnTheFieldAndSavesNothing(
        string kind,
        string reference,
        string rating,
        string expiryYear,
        string message,
        string id
    )
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var supplier = await NewSupplierAsync(client, "Credential Refused Ltd");
        var form = new Form().Set("Input.Kind", kind).Set("Input.Reference", reference).Set("Input.CqcRating", rating);
        if (expiryYear.Length > 0)
            form.Set("Input.ExpiresOn.Day", "1")
                .Set("Input.ExpiresOn.Month", "6")
                .Set("Input.ExpiresOn.Year", expiryYear);
        var response = await client.PostFormAsync($"/suppliers/{supplier}/credentials/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal([message], doc.ErrorSummary());
        Assert.Equal("#" + id, doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(doc.GetElementById(id));
        Assert.Equal(reference, doc.FieldValue("Input.Reference"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.QualityCredentials.AnyAsync(c => c.SupplierId == supplier));
    }

    [Fact]
    public async Task Status_SuspendWithoutReason_Is400ThenWithAReasonSuspends()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await NewSupplierAsync(client, "Suspendable Ltd");

        var refused = await client.PostFormAsync(
            $"/suppliers/{id}/status",
            new Form().Set("Input.Status", "Suspended").Set("Input.Reason", " ")
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await HtmlClient.ParseAsync(refused);
        Assert.Equal(["Give the reason the supplier is suspended or ceased"], doc.ErrorSummary());
        Assert.Equal("#Input_Reason", doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector("input[name='Input.Status'][value=Suspended][checked]"));
        await using (var scope = app.Scope(out var db))
            Assert.Equal(SupplierStatus.Active, (await db.Suppliers.SingleAsync(s => s.Id == id)).Status);

        var done = await client.PostFormAsync(
            $"/suppliers/{id}/status",
            new Form()
                .Set("Input.Status", "Suspended")
                .Set("Input.Reason", "Safeguarding concern under review")
                .Set("Input.Version", "1")
        );
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await client.GetDocumentAsync($"/suppliers/{id}");
        Assert.Contains(
            "Suspendable Ltd has been suspended",
            page.QuerySelector(".govuk-notification-banner__heading")!.TextContent
        );
        Assert.Contains("Safeguarding concern under review", page.QuerySelector(".govuk-warning-text")!.TextContent);
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.Suppliers.SingleAsync(s => s.Id == id);
            Assert.Equal(SupplierStatus.Suspended, saved.Status);
            Assert.Equal(2, saved.Version);
        }
        var history = await client.GetDocumentAsync($"/suppliers/{id}/history");
        Assert.Contains("Suspended", history.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Status_TwoSpecialistsAtOnce_TheStaleFormIsRefusedWith409_ShowsTheStatusNow_AndChangesNothing()
    {
        var sian = await app.SignedInAs(Role.ProcurementSpecialist);
        var other = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await NewSupplierAsync(sian, "Two Minds Ltd");
        var version = (await other.GetDocumentAsync($"/suppliers/{id}/status")).FieldValue("Input.Version")!;
        Assert.Equal("1", version);

        var first = await sian.PostFormAsync(
            $"/suppliers/{id}/status",
            new Form()
                .Set("Input.Status", "Suspended")
                .Set("Input.Reason", "Safeguarding concern under review")
                .Set("Input.Version", version)
        );
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        // The second specialist's form was built before the suspension: refused, told what the status is now, answers
        // kept.
        var stale = await other.PostFormAsync(
            $"/suppliers/{id}/status",
            new Form().Set("Input.Status", "Active").Set("Input.Reason", "Cleared").Set("Input.Version", version)
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await HtmlClient.ParseAsync(stale);
        Assert.Equal([CareCommissioning.Web.Pages.Suppliers.StatusModel.ConflictMessage], doc.ErrorSummary());
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Equal(
            "It is now suspended: Safeguarding concern under review.",
            doc.QuerySelector(".govuk-inset-text")!.TextContent.Trim()
        );
        Assert.NotNull(doc.QuerySelector("input[name='Input.Status'][value=Active][checked]"));
        Assert.Equal("Cleared", doc.QuerySelector("textarea[name='Input.Reason']")!.TextContent);
        Assert.Equal("2", doc.FieldValue("Input.Version"));
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.Suppliers.SingleAsync(s => s.Id == id);
            Assert.Equal(SupplierStatus.Suspended, saved.Status);
            Assert.Equal("Safeguarding concern under review", saved.StatusReason);
            Assert.Equal(2, saved.Version);
        }

        // Saving again from the refreshed form is a deliberate choice, and goes through.
        var again = await other.PostFormAsync(
            $"/suppliers/{id}/status",
            new Form().Set("Input.Status", "Active").Set("Input.Reason", "Cleared").Set("Input.Version", "2")
        );
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task CategoriesAddedAndRemoved_AreInTheAuditTrail_AndTheSuppliersHistory()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await NewSupplierAsync(client, "Category Trail Ltd");
        // Added with 85311100-3 and 98513310-8; now 85311100-3 (welfare services for the elderly) is replaced by
        // 85312000-9.
        var fields = SupplierPagesTests
            .ValidForm("Category Trail Ltd")
            .Set("Input.Version", "1")
            .Set("Input.Categories[0]", "85312000-9");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/suppliers/{id}/edit", fields)).StatusCode);

        await using (var scope = app.Scope(out var db))
        {
            var trail = await db
                .AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == "SupplierCategory" && e.EntityId == id.ToString())
                .OrderBy(e => e.Sequence)
                .ToListAsync();
            var added = trail.Where(e => e.Action == AuditAction.Created && e.Changes.Contains("85312000-9")).ToList();
            var removed = trail
                .Where(e => e.Action == AuditAction.Deleted && e.Changes.Contains("85311100-3"))
                .ToList();
            Assert.Single(added);
            Assert.Single(removed);
            Assert.Equal("procurement@demo.test", removed[0].UserName);
            // The two given when it was added are in the trail too; the one kept is not touched by the edit.
            Assert.Equal(4, trail.Count);
            Assert.Equal(2, trail.Count(e => e.Action == AuditAction.Created && e.Sequence < added[0].Sequence));
        }
        var cards = (await client.GetDocumentAsync($"/suppliers/{id}/history"))
            .QuerySelectorAll(".govuk-summary-card")
            .Select(c => System.Text.RegularExpressions.Regex.Replace(c.TextContent, @"\s+", " "))
            .ToList();
        Assert.Contains(cards, c => c.Contains("Deleted by") && c.Contains("85311100-3"));
        Assert.Contains(cards, c => c.Contains("Created by") && c.Contains("85312000-9"));
    }

    [Fact]
    public async Task Status_Nonsense_AsksToSelectAStatus()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await NewSupplierAsync(client, "Status Nonsense Ltd");
        var refused = await client.PostFormAsync($"/suppliers/{id}/status", new Form().Set("Input.Status", "Vanished"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            ["Select whether the supplier is active, suspended or ceased"],
            (await HtmlClient.ParseAsync(refused)).ErrorSummary()
        );
    }

    [Fact]
    public async Task Details_ShowExpiredAndCurrentApprovalsAndCredentials()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var list = await client.GetDocumentAsync("/suppliers?Search=albion");
        var href = list.QuerySelector("tbody a")!.GetAttribute("href")!;
        var page = await client.GetDocumentAsync(href);
        // Albion's ISO 9001 expired a month ago and it has no approval: an unfamiliar supplier.
        Assert.Contains(
            "Expired",
            page.QuerySelectorAll("[aria-labelledby=credentials] tbody tr").Single().TextContent
        );
        Assert.Contains("must ask a procurement specialist", page.QuerySelector(".govuk-inset-text")!.TextContent);
        Assert.Contains("has not been approved as a preferred supplier", page.QuerySelector("main")!.TextContent);

        list = await client.GetDocumentAsync(
            "/suppliers?Search=" + Uri.EscapeDataString(DemoPurchasing.PreferredEquipment)
        );
        page = await client.GetDocumentAsync(list.QuerySelector("tbody a")!.GetAttribute("href")!);
        var approval = page.QuerySelectorAll("[aria-labelledby=approvals] tbody tr").Single().TextContent;
        Assert.Contains("33196200-2 Devices for the disabled", approval);
        Assert.Contains("Current", approval);
        Assert.Contains("Sian Roberts", approval);
    }
}
