using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Risks;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// The contract's monitoring plan sized by its risk, and its visits: a commissioner sees how often to visit and why,
/// when the next proactive visit is due (flagged when overdue), records a planned visit and then what it found, and a
/// reactive review after a complaint with its trigger. Bad answers are refused and kept; the provider sees the visits
/// but may not record them; nobody else reaches them.
/// </summary>
public sealed class ContractVisitPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form Planned() =>
        new Form()
            .Set("Input.Trigger", "Planned")
            .Set("Input.TriggerDescription", "")
            .Set("Input.PlannedOn.Day", "1")
            .Set("Input.PlannedOn.Month", "12")
            .Set("Input.PlannedOn.Year", "2026")
            .Set("Input.DoneOn.Day", "")
            .Set("Input.DoneOn.Month", "")
            .Set("Input.DoneOn.Year", "")
            .Set("Input.VisitedBy", "")
            .Set("Input.EvidenceRequested", "Care plans and rotas for the last quarter")
            .Set("Input.Findings", "")
            .Set("Input.FollowUp", "");

    private static Form Done(Form f) =>
        f.Set("Input.DoneOn.Day", "3")
            .Set("Input.DoneOn.Month", "12")
            .Set("Input.DoneOn.Year", "2026")
            .Set("Input.VisitedBy", "Quality officer, home care")
            .Set("Input.Findings", "Care plans current; outcome on independence met for 10 of 12 people");

    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task ThePlan_FollowsTheRisk_AndAVisitsFindings_AreRecordedAgainstIt_MovingTheNextVisitDue()
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "VIS-PLAN");
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var page = $"/contracts/{m.Contract}";

        // No risks recorded: twice a year, the first due six months after the start (1 October), so overdue now.
        var plan = (await commissioner.GetDocumentAsync(page)).QuerySelector("#monitoring-plan")!.TextContent;
        Assert.Contains("Twice a year (2 a year)", plan);
        Assert.Contains("No risks recorded", plan);
        Assert.Contains("1 October 2026", plan);
        Assert.Contains("Overdue", plan);

        // An extreme risk linked to the contract on the register makes it quarterly.
        await using (var scope = app.Scope(out var db))
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == m.Contract);
            db.Risks.Add(
                new Risk
                {
                    OrganisationId = contract.OrganisationId,
                    Title = "Provider cannot recruit enough care workers",
                    Owner = "Contract manager",
                    Category = RiskCategory.People,
                    Likelihood = 4,
                    Impact = 4,
                    LinkedRecordType = "Contract",
                    LinkedRecordId = m.Contract,
                }
            );
            await db.SaveChangesAsync();
        }
        var shown = await commissioner.GetDocumentAsync(page);
        Assert.Contains("Quarterly (4 a year)", shown.QuerySelector("#monitoring-plan")!.TextContent);
        Assert.Contains("A risk scored 16: extreme", shown.QuerySelector("#monitoring-plan")!.TextContent);
        Assert.NotNull(shown.QuerySelector($"a[href='/contracts/{m.Contract}/visits/add']"));

        // The visit is planned, then done with its findings: the next is due three months after it.
        var added = await commissioner.PostFormAsync($"{page}/visits/add", Planned());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var row = (await commissioner.GetDocumentAsync(page)).QuerySelector("#contract-visits tbody tr")!.TextContent;
        Assert.Contains("Planned visit", row);
        Assert.Contains("Overdue: planned for 1 December 2026", row);

        Guid visit;
        await using (var scope = app.Scope(out var db))
            visit = await db.ContractVisits.Where(v => v.ContractId == m.Contract).Select(v => v.Id).SingleAsync();
        var edit = $"{page}/visits/{visit}/edit";
        var form = await commissioner.GetDocumentAsync(edit);
        Assert.Equal("Update the monitoring visit", form.QuerySelector("h1")!.TextContent.Trim());
        var version = form.FieldValue("Input.Version")!;
        var saved = await commissioner.PostFormAsync(edit, Done(Planned()).Set("Input.Version", version));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await commissioner.GetDocumentAsync(page);
        var visits = after.QuerySelector("#contract-visits")!.TextContent;
        Assert.Contains("Done on 3 December 2026", visits);
        Assert.Contains("Quality officer, home care", visits);
        Assert.Contains("outcome on independence met for 10 of 12 people", visits);
        var next = after.QuerySelector("#next-visit")!.TextContent;
        Assert.Contains("3 March 2027", next);
        Assert.DoesNotContain("Overdue", next);

        // A save over the newer one is refused, the answers kept.
        var stale = await commissioner.PostFormAsync(
            edit,
            Done(Planned()).Set("Input.Version", version).Set("Input.FollowUp", "Check rotas again in March")
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Check rotas again in March", (await HtmlClient.ParseAsync(stale)).FieldValue("Input.FollowUp"));
    }

    [Fact]
    public async Task AReactiveReview_AfterAComplaint_IsRecordedWithItsTrigger_AndLeavesTheNextPlannedVisitAlone()
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "VIS-REACT");
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var review = Done(Planned())
            .Set("Input.Trigger", "Complaint")
            .Set("Input.TriggerDescription", "A daughter complained her father's visits were cut short");
        var added = await commissioner.PostFormAsync($"/contracts/{m.Contract}/visits/add", review);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await commissioner.GetDocumentAsync($"/contracts/{m.Contract}");
        var row = page.QuerySelector("#contract-visits tbody tr")!.TextContent;
        Assert.Contains("Reactive review: a complaint", row);
        Assert.Contains("A daughter complained her father's visits were cut short", row);
        // Only proactive visits set the plan's next one.
        Assert.Contains("1 October 2026", page.QuerySelector("#next-visit")!.TextContent);
    }

    [Theory]
    [InlineData("Input.Trigger", "Complaint", "Enter what triggered the review")]
    [InlineData("Input.Trigger", "Sometimes", "Select whether the visit is planned or what triggered it")]
    [InlineData("Input.PlannedOn.Day", "", "")]
    [InlineData("Input.DoneOn.Day", "3", "Enter who visited, now the visit is done")]
    public async Task ABadVisit_IsRefused_TheAnswersKept_AndNothingSaved(string field, string value, string message)
    {
        var m = await MonitoringFixtures.ContractWithKpisAsync(app, "VIS-BAD-" + Guid.NewGuid().ToString("N")[..6]);
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var answers = Planned().Set(field, value);
        if (field == "Input.DoneOn.Day")
            answers.Set("Input.DoneOn.Month", "12").Set("Input.DoneOn.Year", "2026");
        var response = await commissioner.PostFormAsync($"/contracts/{m.Contract}/visits/add", answers);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        if (message.Length > 0)
            Assert.Contains(message, page.ErrorSummary());
        else
            Assert.NotEmpty(page.ErrorSummary());
        Assert.Equal("Care plans and rotas for the last quarter", page.FieldValue("Input.EvidenceRequested"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractVisits.AnyAsync(v => v.ContractId == m.Contract));
    }

    [Fact]
    public async Task TheProvider_SeesTheVisitsNotThePlan_AndNeitherTheyNorOtherStaffNorAnotherOrganisationRecordOne()
    {
        var home = await ContractIdAsync(DemoContracts.HomeCareReference);
        var provider = await app.SignedInAs(Role.Provider);
        var seen = await provider.GetDocumentAsync($"/contracts/{home}");
        Assert.Contains(DemoVisits.PlannedFindings, seen.QuerySelector("#contract-visits")!.TextContent);
        Assert.Null(seen.QuerySelector("#monitoring-plan"));
        Assert.Null(seen.QuerySelector($"a[href='/contracts/{home}/visits/add']"));

        Guid visit;
        await using (var scope = app.Scope(out var db))
            visit = await db.ContractVisits.Where(v => v.ContractId == home).Select(v => v.Id).FirstAsync();
        foreach (var role in new[] { Role.Provider, Role.Auditor, Role.DecisionMaker })
        {
            var client = await app.SignedInAs(role);
            foreach (var url in new[] { $"/contracts/{home}/visits/add", $"/contracts/{home}/visits/{visit}/edit" })
                Assert.StartsWith(
                    "/account/access-denied",
                    (await client.GetAsync(url)).Headers.Location!.AbsolutePath
                );
        }
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/contracts/{home}/visits/add")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.GetAsync($"/contracts/{home}/visits/{visit}/edit")).StatusCode
        );
    }

    private async Task<Guid> ContractIdAsync(string reference)
    {
        await using var scope = app.Scope(out var db);
        return await db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
