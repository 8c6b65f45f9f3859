using System.Net;
using CareCommissioning.Domain.Contracts;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>A commissioner keeps the contracts register: adds contracts, finds them, downloads them, corrects them
/// and varies them; bad answers are refused with a clear message and nothing saved.</summary>
public sealed class ContractPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Add_ThenFindItBySearch_AndSeeItsDetails()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await ContractFixtures.AddAsync(
            app,
            client,
            await ContractFixtures.FormAsync(app, "T-ADD-1", "Learning disability support")
        );

        var page = await client.GetDocumentAsync($"/contracts/{id}");
        Assert.Contains("has been added", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        var summary = page.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("£600,000.00", summary);
        Assert.Contains("Riverside Home Support CIC", summary);
        Assert.Contains("£663,540 (light-touch threshold", summary);

        var found = await client.GetDocumentAsync("/contracts?search=learning+disab");
        Assert.Equal(["T-ADD-1"], found.QuerySelectorAll("table tbody a").Select(a => a.TextContent).ToList());
        var bySupplier = await client.GetDocumentAsync("/contracts?search=riverside&status=Active");
        Assert.Contains("T-ADD-1", bySupplier.QuerySelectorAll("table tbody a").Select(a => a.TextContent));
        var ended = await client.GetDocumentAsync("/contracts?search=T-ADD-1&status=Ended");
        Assert.Empty(ended.QuerySelectorAll("table tbody a"));
        await using var scope = app.Scope(out var db);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Contract" && a.EntityId == id.ToString()));
    }

    [Fact]
    public async Task TheList_IsPaged_AndFiltersByExpiringSoon()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        for (var i = 0; i < 27; i++)
            await ContractFixtures.AddAsync(
                app,
                client,
                await ContractFixtures.FormAsync(app, $"T-PAGE-{i:00}", "Paged contract")
            );

        var first = await client.GetDocumentAsync("/contracts?search=T-PAGE");
        Assert.Equal(25, first.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("Showing 1 to 25 of 27 contracts", first.Body!.TextContent);
        var second = await client.GetDocumentAsync("/contracts?search=T-PAGE&page=2");
        Assert.Equal(
            ["T-PAGE-25", "T-PAGE-26"],
            second.QuerySelectorAll("table tbody a").Select(a => a.TextContent).ToList()
        );

        // The demo day opportunities contract ends in 60 days; the new ones in 2029.
        var soon = await client.GetDocumentAsync("/contracts?expiring=yes");
        var soonRefs = soon.QuerySelectorAll("table tbody a").Select(a => a.TextContent).ToList();
        Assert.Contains("ASC-2023-045", soonRefs);
        Assert.DoesNotContain("T-PAGE-00", soonRefs);
    }

    [Fact]
    public async Task Download_TheFilteredList_AsCsvAndExcel()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        await ContractFixtures.AddAsync(
            app,
            client,
            await ContractFixtures.FormAsync(app, "T-CSV-1", "Downloaded contract")
        );

        var csv = await client.GetAsync("/contracts/download.csv?search=T-CSV");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Reference,Title,Supplier", text);
        Assert.Contains("T-CSV-1,Downloaded contract,Riverside Home Support CIC", text);
        Assert.DoesNotContain(DemoContracts.HomeCareReference, text);

        var xlsx = await client.GetAsync("/contracts/download.xlsx?search=T-CSV");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType!.MediaType
        );
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
    }

    [Theory]
    [InlineData("Input.EndDate.Year", "2025", "End date must be the same as or after the start date")]
    [InlineData("Input.Value", "0", "Value must be more than £0")]
    [InlineData("Input.Value", "a lot", "Value must be an amount in pounds")]
    [InlineData("Input.CpvCode", "8531120", "Enter the CPV code as 8 digits")]
    [InlineData("Input.SupplierId", "", "Select the supplier")]
    [InlineData("Input.Type", "", "Select the type of contract")]
    public async Task Add_BadAnswer_SaysWhatIsWrong_KeepsTheAnswers_AndSavesNothing(
        string field,
        string value,
        string message
    )
    {
        var client = await app.SignedInAs(Role.Commissioner);
        await using var scope = app.Scope(out var db);
        var before = await db.Contracts.CountAsync();

        var response = await client.PostFormAsync(
            "/contracts/add",
            (await ContractFixtures.FormAsync(app, "T-BAD-1", "Refused contract")).Set(field, value)
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains(page.ErrorSummary(), e => e.Contains(message));
        Assert.Equal("Refused contract", page.FieldValue("Input.Title"));
        Assert.Equal("T-BAD-1", page.FieldValue("Input.Reference"));
        Assert.Equal(before, await db.Contracts.CountAsync());
    }

    [Fact]
    public async Task Add_ADuplicateReference_IsRefused()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        await ContractFixtures.AddAsync(app, client, await ContractFixtures.FormAsync(app, "T-DUP-1"));

        var response = await client.PostFormAsync(
            "/contracts/add",
            await ContractFixtures.FormAsync(app, "T-DUP-1", "Second with the same reference")
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains(
            "Another contract already has the reference T-DUP-1: enter a different reference",
            page.ErrorSummary()
        );
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.Contracts.CountAsync(c => c.Reference == "T-DUP-1"));
    }

    [Fact]
    public async Task Edit_Saves_AndAStaleSave_Is409WithTheAnswersKept()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var form = await ContractFixtures.FormAsync(app, "T-EDIT-1", "Contract to change");
        var id = await ContractFixtures.AddAsync(app, client, form);
        var edit = form.Set("Input.Title", "Contract changed").Set("Input.Version", "1");

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/contracts/{id}/edit", edit)).StatusCode);
        var stale = await client.PostFormAsync($"/contracts/{id}/edit", edit.Set("Input.Title", "Stale title"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await HtmlClient.ParseAsync(stale);
        Assert.Equal("Stale title", page.FieldValue("Input.Title"));
        await using var scope = app.Scope(out var db);
        Assert.Equal("Contract changed", (await db.Contracts.SingleAsync(c => c.Id == id)).Title);
    }

    [Fact]
    public async Task AVariationOverTheThresholdWithoutAJustification_IsRefused_NamingTheThreshold()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await ContractFixtures.AddAsync(app, client, await ContractFixtures.FormAsync(app, "T-VAR-1"));

        var response = await client.PostFormAsync(
            $"/contracts/{id}/variations/propose",
            new() { ["Input.Reason"] = "More hours for hospital discharge", ["Input.ValueChange"] = "100,000" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains(
            "This variation takes the contract to £700,000, over the light-touch threshold of £663,540: explain why the change is justified",
            page.ErrorSummary()
        );
        Assert.Equal("More hours for hospital discharge", page.FieldValue("Input.Reason"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractVariations.AnyAsync(v => v.ContractId == id));
    }

    [Fact]
    public async Task AVariationWithAJustification_IsApprovedByADecisionMaker_AndTheValueHistoryIsKept()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await ContractFixtures.AddAsync(app, client, await ContractFixtures.FormAsync(app, "T-VAR-2"));
        var proposed = await client.PostFormAsync(
            $"/contracts/{id}/variations/propose",
            new()
            {
                ["Input.Reason"] = "More hours for hospital discharge",
                ["Input.ValueChange"] = "100000",
                ["Input.Justification"] = "Unforeseeable winter pressures; modification permitted under Schedule 8",
                ["Input.NewEndDate.Day"] = "30",
                ["Input.NewEndDate.Month"] = "9",
                ["Input.NewEndDate.Year"] = "2029",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Guid variation;
        await using (var scope = app.Scope(out var db))
        {
            variation = (await db.ContractVariations.SingleAsync(v => v.ContractId == id)).Id;
            // The decision makers hear that it awaits them; the commissioner who proposed it does not.
            var told = await db
                .Notices.Where(n => n.SubjectId == id && n.Title.StartsWith("A variation"))
                .ToListAsync();
            Assert.Equal(
                [DemoUsers.For(Role.DecisionMaker).Email],
                await db
                    .Users.Where(u => told.Select(n => n.RecipientUserId).Contains(u.Id))
                    .Select(u => u.Email!)
                    .ToListAsync()
            );
            Assert.Equal("A variation of contract T-VAR-2 awaits a decision", told.Single().Title);
            Assert.Contains("a change of £100,000.00 to its value", told.Single().Body);
        }

        // The commissioner cannot decide; the decision maker can.
        var refused = await client.GetAsync($"/contracts/{id}/variations/{variation}");
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.AbsolutePath);
        var decider = await app.SignedInAs(Role.DecisionMaker);
        var decided = await decider.PostFormAsync(
            $"/contracts/{id}/variations/{variation}",
            new() { ["Decision"] = "approve", ["Note"] = "Agreed at the commissioning board" }
        );

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == id);
            Assert.Equal(700_000m, contract.Value);
            Assert.Equal(new DateOnly(2029, 9, 30), contract.EndDate);
            var v = await db.ContractVariations.SingleAsync(x => x.Id == variation);
            Assert.Equal(VariationStatus.Approved, v.Status);
            Assert.Equal((600_000m, 700_000m), (v.ValueBefore!.Value, v.ValueAfter!.Value));
        }
        var page = await client.GetDocumentAsync($"/contracts/{id}");
        var history = page.QuerySelector("[aria-label='Value history'] tbody")!.TextContent;
        Assert.Contains("£600,000.00", history);
        Assert.Contains("£700,000.00", history);

        // A second decision on the same variation is refused and changes nothing.
        var again = await decider.PostFormAsync(
            $"/contracts/{id}/variations/{variation}",
            new() { ["Decision"] = "approve" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(700_000m, (await db.Contracts.SingleAsync(c => c.Id == id)).Value);
    }

    [Fact]
    public async Task TheServiceNavigation_ShowsContracts_ToStaffAndProviders()
    {
        foreach (var role in new[] { Role.Commissioner, Role.Provider, Role.Auditor })
        {
            var home = await (await app.SignedInAs(role)).GetDocumentAsync("/contracts");
            Assert.Contains(
                "Contracts",
                home.QuerySelectorAll(".govuk-service-navigation__link, .govuk-header__navigation-item a, nav a")
                    .Select(a => a.TextContent.Trim())
            );
        }
        var stakeholder = await app.SignedInAs(Role.Stakeholder);
        Assert.StartsWith(
            "/account/access-denied",
            (await stakeholder.GetAsync("/contracts")).Headers.Location!.AbsolutePath
        );
    }
}
