using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// On a KPI whose latest return requires improvement, a commissioner records an action on the poor-performance route
/// (what was agreed with the provider, who owns it, by when), sees it on the contract's page with its status, and
/// closes it with its outcome (CD-P18). An action on a KPI that is doing well is refused; nobody else reaches it.
/// </summary>
public sealed class ContractPerformanceActionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<Guid> HomeCareAsync()
    {
        await using var scope = app.Scope(out var db);
        return await db
            .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
            .Select(c => c.Id)
            .SingleAsync();
    }

    private async Task<Guid> KpiAsync(Guid contract, string name)
    {
        await using var scope = app.Scope(out var db);
        return await db
            .ContractKpis.Where(k => k.ContractId == contract && k.Name == name)
            .Select(k => k.Id)
            .SingleAsync();
    }

    private static Form Answers(Guid kpi) =>
        new Form()
            .Set("Input.KpiId", kpi.ToString())
            .Set("Input.Stage", "ImprovementPlan")
            .Set("Input.Agreed", "Brightwater recruits four care workers and reports visit times weekly")
            .Set("Input.Owner", "Contract manager, home care")
            .Set("Input.DueOn.Day", "31")
            .Set("Input.DueOn.Month", "1")
            .Set("Input.DueOn.Year", "2027");

    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task AnActionOnARedKpi_IsRecorded_ListedWithItsStatus_AndClosedWithItsOutcome()
    {
        var id = await HomeCareAsync();
        var red = await KpiAsync(id, DemoMonitoring.OnTimeKpi);
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}");
        Assert.NotNull(page.QuerySelector($"a[href='/contracts/{id}/actions/add?kpiId={red}']"));

        var added = await commissioner.PostFormAsync($"/contracts/{id}/actions/add?kpiId={red}", Answers(red));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var shown = await commissioner.GetDocumentAsync($"/contracts/{id}");
        var row = shown.QuerySelector("#performance-actions tbody tr")!.TextContent;
        Assert.Contains(DemoMonitoring.OnTimeKpi, row);
        Assert.Contains("Improvement plan", row);
        Assert.Contains("Brightwater recruits four care workers", row);
        Assert.Contains("Open", row);

        Guid action;
        await using (var scope = app.Scope(out var db))
            action = await db.ContractPerformanceActions.Where(a => a.ContractId == id).Select(a => a.Id).SingleAsync();
        var edit = $"/contracts/{id}/actions/{action}/edit";
        var form = await commissioner.GetDocumentAsync(edit);
        var closing = Answers(red)
            .Set("Input.Version", form.FieldValue("Input.Version")!)
            .Set("Input.ClosedOn.Day", "7")
            .Set("Input.ClosedOn.Month", "12")
            .Set("Input.ClosedOn.Year", "2026");
        // Closing it needs its outcome; the answers are kept.
        var refused = await commissioner.PostFormAsync(edit, closing);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedPage = await HtmlClient.ParseAsync(refused);
        Assert.Equal(["Enter the outcome of the action to close it"], refusedPage.ErrorSummary());
        Assert.Equal("7", refusedPage.FieldValue("Input.ClosedOn.Day"));

        var closed = await commissioner.PostFormAsync(
            edit,
            closing.Set("Input.Outcome", "Visits on time back to 96% in November")
        );
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var after = (await commissioner.GetDocumentAsync($"/contracts/{id}"))
            .QuerySelector("#performance-actions")!
            .TextContent;
        Assert.Contains("Closed on 7 December 2026", after);
        Assert.Contains("Outcome: Visits on time back to 96% in November", after);

        var stale = await commissioner.PostFormAsync(edit, closing.Set("Input.Owner", "Head of commissioning"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Head of commissioning", (await HtmlClient.ParseAsync(stale)).FieldValue("Input.Owner"));
    }

    [Theory]
    [InlineData(
        "Input.KpiId",
        "green",
        "An action is for a KPI whose latest return requires improvement or is inadequate"
    )]
    [InlineData("Input.Agreed", "", "Enter what was agreed with the provider")]
    [InlineData("Input.Owner", "", "Enter who owns the action")]
    [InlineData("Input.DueOn.Month", "13", "")]
    public async Task ABadAction_IsRefused_TheAnswersKept_AndNothingSaved(string field, string value, string message)
    {
        var id = await HomeCareAsync();
        var red = await KpiAsync(id, DemoMonitoring.OnTimeKpi);
        var green = await KpiAsync(id, "Care workers with up-to-date safeguarding training");
        await using var scope = app.Scope(out var db);
        var before = await db.ContractPerformanceActions.CountAsync();
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var response = await commissioner.PostFormAsync(
            $"/contracts/{id}/actions/add",
            Answers(red).Set(field, value == "green" ? green.ToString() : value)
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        if (message.Length > 0)
            Assert.Contains(message, page.ErrorSummary());
        else
            Assert.NotEmpty(page.ErrorSummary());
        Assert.Equal(
            "Contract manager, home care",
            page.FieldValue("Input.Owner") is "" ? "Contract manager, home care" : page.FieldValue("Input.Owner")
        );
        Assert.Equal(before, await db.ContractPerformanceActions.CountAsync());
    }

    [Fact]
    public async Task TheProvider_OtherStaff_AndAnotherOrganisation_CannotRecordOne()
    {
        var id = await HomeCareAsync();
        var url = $"/contracts/{id}/actions/add";
        foreach (var role in new[] { Role.Provider, Role.Auditor, Role.DecisionMaker })
        {
            var client = await app.SignedInAs(role);
            Assert.StartsWith("/account/access-denied", (await client.GetAsync(url)).Headers.Location!.AbsolutePath);
        }
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.GetAsync($"/contracts/{id}/actions/{Guid.NewGuid()}/edit")).StatusCode
        );
    }
}
