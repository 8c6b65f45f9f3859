using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// A commissioner gives people who use services, carers and communities a design's outcomes and what they would mean,
/// in plain English and in easy read, and records who they shared it with, how, when, what the people decided with it
/// and whether the design changed as a result (CD-P3). Providers, auditors and other organisations cannot record it.
/// </summary>
public sealed class ContractDesignSharePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string> DemoDesignAsync()
    {
        await using var scope = app.Scope(out var db);
        var id = (await db.ContractDesigns.SingleAsync(d => d.Title == DemoContractDesign.Title)).Id;
        return $"/contracts/designs/{id}";
    }

    private static Form Shared(string recipients, string decision) =>
        new Form()
            .Set("Input.Recipients", recipients)
            .With("Input.Formats", "EasyRead")
            .With("Input.Formats", "WebPage")
            .Set("Input.SharedOn.Day", "2")
            .Set("Input.SharedOn.Month", "12")
            .Set("Input.SharedOn.Year", "2026")
            .Set("Input.Decision", decision)
            .Set("Input.DesignChanged", "yes")
            .Set("Input.Changes", "The breaks outcome is now first, with its target brought forward");

    [Fact]
    [Trait("Criterion", "CD-P3")]
    public async Task ACommissioner_GivesPeopleTheImplicationsInEasyRead_AndRecordsWhatTheyDecided()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await DemoDesignAsync();
        var page = await commissioner.GetDocumentAsync(details);
        var main = page.QuerySelector("main")!;
        // The implications are on the design page in plain English.
        var implications = page.QuerySelector("#implications")!;
        Assert.Equal("What the outcomes would mean", implications.TextContent);
        Assert.Contains("Met from the carers' breaks budget: about £300,000 a year", main.TextContent);
        Assert.Contains("Not shared yet.", main.TextContent);
        var easyHref = main.QuerySelectorAll("a")
            .Single(a => a.TextContent.Contains("easy read"))
            .GetAttribute("href")!;
        Assert.Equal($"{details}/easy-read", easyHref);

        // The easy read version: short sentences, one idea a line.
        var easy = await commissioner.GetDocumentAsync(easyHref);
        var lines = easy.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains("Met from the carers' breaks budget: about £300,000 a year.", lines);
        Assert.Contains("A contract manager for one day a week.", lines);
        Assert.Contains("Booking data shared monthly.", lines);
        Assert.Contains("Tell us which of these things matters most to you.", lines);
        Assert.Contains(
            "Carers get a break when they need one, without a crisis first",
            easy.QuerySelectorAll("main h3").Select(h => h.TextContent)
        );

        // The commissioner records sharing it and what the carers decided.
        var shareHref = main.QuerySelectorAll("a")
            .Single(a => a.TextContent == "Record sharing the design and what people decided")
            .GetAttribute("href")!;
        Assert.Equal($"{details}/share", shareHref);
        var saved = await commissioner.PostFormAsync(
            shareHref,
            Shared(
                "Carers' forum\nPeople who use the short breaks service",
                "Chose getting a break as the top priority"
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await commissioner.GetDocumentAsync(details);
        var row = after
            .QuerySelectorAll("div[aria-label='Shared with people and what they decided'] tbody tr")
            .Single();
        var text = row.TextContent;
        Assert.Contains("Carers' forum", text);
        Assert.Contains("Web page, Easy read", text);
        Assert.Contains("2 December 2026", text);
        Assert.Contains("Chose getting a break as the top priority", text);
        Assert.Contains("The breaks outcome is now first", text);
        Assert.Contains(DemoUsers.For(Role.Commissioner).DisplayName, text);

        await using var scope = app.Scope(out var db);
        var share = await db.DesignShares.SingleAsync(s => s.Decision == "Chose getting a break as the top priority");
        Assert.True(share.DesignChanged);
        Assert.True(
            await db.AuditEntries.AnyAsync(a => a.EntityType == "DesignShare" && a.EntityId == share.Id.ToString())
        );
    }

    [Fact]
    [Trait("Criterion", "CD-P3")]
    public async Task ASharingWithoutWhoHowOrWhatTheyDecided_IsRefused_WithTheAnswersKept_AndNothingSaved()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var share = await DemoDesignAsync() + "/share";

        var empty = await commissioner.PostFormAsync(share, new Form().Set("Input.Changes", "Nothing yet"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var refused = await HtmlClient.ParseAsync(empty);
        Assert.Equal(
            [
                "Enter who the design was shared with",
                "Select how the design was shared",
                "Enter the date the design was shared",
                "Enter what the people decided or said, for example the outcome they chose as the top priority",
                "Select whether the design changed as a result",
            ],
            refused.ErrorSummary()
        );
        Assert.Equal("Nothing yet", refused.FieldValue("Input.Changes"));

        var future = await commissioner.PostFormAsync(
            share,
            Shared("Carers' forum", "Wanted weekend breaks first")
                .Set("Input.SharedOn.Day", "8")
                .Set("Input.DesignChanged", "yes")
                .Set("Input.Changes", "")
        );
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var kept = await HtmlClient.ParseAsync(future);
        Assert.Equal(
            ["The date it was shared must be today or in the past", "Enter how the design changed as a result"],
            kept.ErrorSummary()
        );
        Assert.Equal("Wanted weekend breaks first", kept.FieldValue("Input.Decision"));
        Assert.Equal("Carers' forum", kept.FieldValue("Input.Recipients"));

        await using var scope = app.Scope(out var db);
        Assert.False(await db.DesignShares.AnyAsync(s => s.Decision == "Wanted weekend breaks first"));
    }

    [Fact]
    public async Task AProvider_AnAuditor_AndAnotherOrganisation_CannotRecordASharing()
    {
        var details = await DemoDesignAsync();

        var provider = await app.SignedInAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.GetAsync(details + "/share")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.GetAsync(details + "/easy-read")).StatusCode);

        // An auditor reads the easy read version but cannot record a sharing, nor is offered to.
        var auditor = await app.SignedInAs(Role.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(details + "/easy-read")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.GetAsync(details + "/share")).StatusCode);
        Assert.Empty((await auditor.GetDocumentAsync(details)).QuerySelectorAll("a[href$='/share']"));

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(details + "/easy-read")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(details + "/share")).StatusCode);
        var posted = await other.PostFormAsync(
            "/contracts/designs/add",
            Shared("Someone else's forum", "Not theirs to record"),
            details + "/share"
        );
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.DesignShares.AnyAsync(s => s.Decision == "Not theirs to record"));
    }

    [Fact]
    [Trait("Criterion", "CD-P3")]
    public async Task OverTheApi_ASharingAndWhatPeopleDecided_IsRecordedAndListed_AndRefusedWhenIncomplete()
    {
        var details = await DemoDesignAsync();
        var shares = $"/api/v1{details}/shares";
        var api = await app.ApiClientAs(Role.Commissioner);

        var incomplete = await api.PostJsonAsync(shares, """{"recipients": ["Carers' forum"], "formats": []}""");
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Equal(
            ["formats", "sharedOn", "decision", "designChanged"],
            (await incomplete.ReadJsonAsync()).ErrorFields()
        );

        var created = await api.PostJsonAsync(
            shares,
            """
            {"recipients": ["Young carers' group", "Parent carers"], "formats": ["EasyRead", "WordDocument"],
             "sharedOn": "2026-12-01", "decision": "Put breaks at weekends first", "designChanged": false}
            """
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var listed = (await api.GetJsonAsync(shares))
            .EnumerateArray()
            .Single(s => s.GetProperty("decision").GetString() == "Put breaks at weekends first");
        Assert.Equal(
            ["Young carers' group", "Parent carers"],
            listed.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()!).ToArray()
        );
        Assert.Equal(
            ["WordDocument", "EasyRead"],
            listed.GetProperty("formats").EnumerateArray().Select(r => r.GetString()!).ToArray()
        );
        Assert.False(listed.GetProperty("designChanged").GetBoolean());

        var auditor = await app.ApiClientAs(Role.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(shares)).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await auditor.PostJsonAsync(shares, """{"recipients": ["Board"]}""")).StatusCode
        );
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await app.ApiClientFor(outsider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(shares)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await other.PostJsonAsync(
                    shares,
                    """{"recipients": ["Board"], "formats": ["WebPage"], "sharedOn": "2026-12-01", "decision": "Theirs", "designChanged": false}"""
                )
            ).StatusCode
        );
    }
}
