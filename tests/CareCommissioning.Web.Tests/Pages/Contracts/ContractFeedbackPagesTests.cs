using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// Feedback from people who use a contract's service: a commissioner records an anonymous complaint and the provider
/// a compliment they received on their own contract; both are listed newest first with this year's complaints and
/// compliments counted. Bad answers are refused and kept; other staff, the provider of another contract and another
/// organisation cannot record any.
/// </summary>
public sealed class ContractFeedbackPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form Complaint() =>
        new Form()
            .Set("Input.ReceivedOn.Day", "1")
            .Set("Input.ReceivedOn.Month", "12")
            .Set("Input.ReceivedOn.Year", "2026")
            .Set("Input.Source", "FamilyCarer")
            .Set("Input.FromName", "")
            .Set("Input.Channel", "Complaint")
            .Set("Input.Said", "Dad's tea-time visit was missed on Sunday and nobody rang us")
            .Set("Input.Kind", "Complaint")
            .Set("Input.ActionTaken", "Raised with the provider's manager the same day");

    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task ACommissionerAndTheProvider_RecordFeedback_ListedNewestFirst_WithThisYearsCounts()
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "FB-ADD");
        var page = $"/contracts/{m.Contract}";
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Assert.NotNull((await commissioner.GetDocumentAsync(page)).QuerySelector($"a[href='{page}/feedback/add']"));
        var added = await commissioner.PostFormAsync($"{page}/feedback/add", Complaint());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var provider = await app.SignedInAs(Role.Provider);
        var form = await provider.GetDocumentAsync(page);
        Assert.NotNull(form.QuerySelector($"a[href='{page}/feedback/add']"));
        var compliment = Complaint()
            .Set("Input.ReceivedOn.Day", "4")
            .Set("Input.Source", "PersonUsingService")
            .Set("Input.FromName", "Mrs Patel")
            .Set("Input.Channel", "Compliment")
            .Set("Input.Said", "The new carer is very patient with me")
            .Set("Input.Kind", "Compliment")
            .Set("Input.ActionTaken", "");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await provider.PostFormAsync($"{page}/feedback/add", compliment)).StatusCode
        );

        var shown = await commissioner.GetDocumentAsync(page);
        var rows = shown.QuerySelectorAll("#contract-feedback tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("4 December 2026", rows[0]);
        Assert.Contains("A person using the service: Mrs Patel", rows[0]);
        Assert.Contains("Compliment", rows[0]);
        Assert.Contains("A family carer (anonymous)", rows[1]);
        Assert.Contains("nobody rang us", rows[1]);
        Assert.Contains("Raised with the provider's manager", rows[1]);
        Assert.Equal(
            "This year: 1 complaint and 1 compliment.",
            shown.QuerySelector("#feedback-counts")!.TextContent.Trim()
        );
        await using var scope = app.Scope(out var db);
        var saved = await db.ContractFeedback.Where(f => f.ContractId == m.Contract).ToListAsync();
        Assert.True(saved.Single(f => f.FromName == "Mrs Patel").RecordedByProvider);
        Assert.False(saved.Single(f => f.FromName == null).RecordedByProvider);
    }

    [Fact]
    public async Task TheDemoHomeCareContract_ShowsItsThreePiecesOfFeedback()
    {
        var home = await ContractIdAsync(DemoContracts.HomeCareReference);
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var page = await commissioner.GetDocumentAsync($"/contracts/{home}");
        Assert.Equal(3, page.QuerySelectorAll("#contract-feedback tbody tr").Length);
        Assert.Contains(DemoVisits.ComplaintSaid, page.QuerySelector("#contract-feedback")!.TextContent);
        Assert.Contains("1 complaint and 1 compliment", page.QuerySelector("#feedback-counts")!.TextContent);
        Assert.Contains("Reactive review: a complaint", page.QuerySelector("#contract-visits")!.TextContent);
    }

    [Theory]
    [InlineData("Input.Said", "", "Enter what they said")]
    [InlineData("Input.Kind", "", "Select whether it is a complaint, a compliment or neither")]
    [InlineData("Input.Source", "", "Select who the feedback is from")]
    [InlineData("Input.ReceivedOn.Year", "2027", "The date the feedback was received must be today or in the past")]
    public async Task BadFeedback_IsRefused_TheAnswersKept_AndNothingSaved(string field, string value, string message)
    {
        var home = await ContractIdAsync(DemoContracts.HomeCareReference);
        await using var scope = app.Scope(out var db);
        var before = await db.ContractFeedback.CountAsync();
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var response = await commissioner.PostFormAsync(
            $"/contracts/{home}/feedback/add",
            Complaint().Set(field, value)
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal("Raised with the provider's manager the same day", page.FieldValue("Input.ActionTaken"));
        Assert.Equal(before, await db.ContractFeedback.CountAsync());
    }

    [Fact]
    public async Task OtherStaff_TheProviderOfAnotherContract_AndAnotherOrganisation_CannotRecordFeedback()
    {
        var home = await ContractIdAsync(DemoContracts.HomeCareReference);
        var url = $"/contracts/{home}/feedback/add";
        foreach (var role in new[] { Role.Auditor, Role.DecisionMaker })
        {
            var client = await app.SignedInAs(role);
            Assert.StartsWith("/account/access-denied", (await client.GetAsync(url)).Headers.Location!.AbsolutePath);
        }
        // A contract that does not name the provider's organisation is "not found" to them.
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var notTheirs = await ContractFixtures.AddAsync(
            app,
            commissioner,
            await ContractFixtures.FormAsync(app, "FB-OTHER")
        );
        var provider = await app.SignedInAs(Role.Provider);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await provider.GetAsync($"/contracts/{notTheirs}/feedback/add")).StatusCode
        );
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
    }

    private async Task<Guid> ContractIdAsync(string reference)
    {
        await using var scope = app.Scope(out var db);
        return await db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
