using System.Net;
using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// A commissioner writes KPIs into a contract, linked to the priority outcomes they evidence; the provider sends a
/// return each quarter; the contract's page rates each KPI's latest value against its target, rates the contract by
/// the worst of them and lists the returns received and late (CD-P18). Bad values and closed or unfinished periods are
/// refused with nothing saved; nobody else finds any of it.
/// </summary>
public sealed class ContractMonitoringPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task AKpiLinkedToAPriorityOutcome_TurnsRed_OnTheContractPage_WhenTheProvidersReturnFallsShort()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var outcome = await commissioner.PostFormAsync(
            "/contracts/outcomes/add",
            new Form()
                .Set("Input.Title", "People get their care visit when they expect it")
                .Set("Input.AgreedWith", "People using home care, at the October listening event")
                .Set("Input.AgreedOn.Day", "14")
                .Set("Input.AgreedOn.Month", "10")
                .Set("Input.AgreedOn.Year", "2026")
        );
        var outcomeId = outcome.Headers.Location!.OriginalString.Split('/').Last();
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-P18");

        var added = await commissioner.PostFormAsync(
            $"/contracts/{made.Contract}/kpis/add",
            new Form()
                .Set("Input.Name", "Visits within 15 minutes of the planned time")
                .Set("Input.OutcomeId", outcomeId)
                .Set("Input.Unit", "Percentage")
                .Set("Input.Direction", "HigherIsBetter")
                .Set("Input.Target", "90%")
                .Set("Input.AmberTolerance", "5")
                .Set("Input.RedThreshold", "75")
                .Set("Input.Frequency", "Quarterly")
                .Set("Input.DaysToReturn", "15")
        );
        Assert.True(
            added.StatusCode == HttpStatusCode.Redirect,
            string.Join("; ", (await HtmlClient.ParseAsync(added)).ErrorSummary())
        );
        Guid linked;
        await using (var scope = app.Scope(out var db))
            linked = await db
                .ContractKpis.Where(k => k.ContractId == made.Contract && k.OutcomeId == Guid.Parse(outcomeId))
                .Select(k => k.Id)
                .SingleAsync();

        var provider = await app.SignedInAs(Role.Provider);
        var returnPage = $"/contracts/{made.Contract}/returns/2026-07-01";
        var form = await provider.GetDocumentAsync(returnPage);
        Assert.Equal(
            "KPI return for Quarter 2 of 2026/27 (July to September 2026)",
            form.QuerySelector("h1")!.TextContent
        );
        var sent = await provider.PostFormAsync(
            returnPage,
            MonitoringFixtures
                .ReturnForm(made, "96%", "1")
                .Set("Values[2].KpiId", linked.ToString())
                .Set("Values[2].Value", "70%")
                .Set("Values[2].Comment", "Roads closed by floods in September")
        );
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var page = await commissioner.GetDocumentAsync($"/contracts/{made.Contract}");
        var row = page.QuerySelectorAll("#kpis tbody tr")
            .Single(r => r.TextContent.Contains("Visits within 15 minutes", StringComparison.Ordinal));
        var text = row.TextContent;
        Assert.Contains("Outcome: People get their care visit when they expect it", text);
        Assert.Contains("Inadequate", text);
        Assert.Contains(
            "70% against a target of 90%: 20 percentage points short, below the inadequate level of 75%",
            text
        );
        Assert.Contains("Roads closed by floods in September", text);
        Assert.NotNull(row.QuerySelector(".govuk-tag--red"));
        var overall = page.QuerySelector("#overall-rating")!.TextContent;
        Assert.Contains("Overall rating: Inadequate (Red)", overall);
        Assert.Contains("Visits within 15 minutes of the planned time", overall);
        // The first quarter's return never came: it was due on 15 July. The second's came 53 days after 15 October.
        Assert.Contains(
            "1 return received (1 after the due date), 1 late",
            page.QuerySelector("#returns-count")!.TextContent
        );
        var returns = page.QuerySelectorAll("#returns tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(returns, r =>
            r.Contains("Quarter 1 of 2026/27", StringComparison.Ordinal)
            && r.Contains("Late by 145 days", StringComparison.Ordinal)
        );
        Assert.Contains(returns, r =>
            r.Contains("Quarter 2 of 2026/27", StringComparison.Ordinal)
            && r.Contains("Helen Carter", StringComparison.Ordinal)
            && r.Contains("53 days after the due date", StringComparison.Ordinal)
        );

        await using var check = app.Scope(out var audit);
        var saved = await audit.ContractKpiReturns.SingleAsync(r => r.ContractId == made.Contract);
        Assert.Equal(PerformanceRating.Inadequate, saved.Rating);
        Assert.False(saved.OnBehalf);
        Assert.True(
            await audit.AuditEntries.AnyAsync(a =>
                a.EntityType == "ContractKpiReturn" && a.EntityId == saved.Id.ToString()
            )
        );
        Assert.True(
            await audit.AuditEntries.AnyAsync(a => a.EntityType == "ContractKpi" && a.EntityId == linked.ToString())
        );
    }

    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task TheDemoHomeCareContract_ShowsItsRedKpi_TheOverallRating_AndTheLateReturn()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = await db
                .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
                .Select(c => c.Id)
                .SingleAsync();

        var page = await commissioner.GetDocumentAsync($"/contracts/{id}");
        var kpis = page.QuerySelectorAll("#kpis tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(4, kpis.Count);
        Assert.Contains("Requires improvement", kpis[0]);
        Assert.Contains(
            "88% against a target of 95%: 7 percentage points short, beyond the tolerance of 2 percentage points",
            kpis[0]
        );
        Assert.Contains("Quarter 1 of 2026/27", kpis[0]);
        Assert.Contains(
            "Overall rating: Requires improvement (Red)",
            page.QuerySelector("#overall-rating")!.TextContent
        );
        Assert.Contains("3 returns received, 1 late", page.QuerySelector("#returns-count")!.TextContent);
        Assert.Contains("Late by 53 days", page.QuerySelector("#returns")!.TextContent);
        Assert.NotNull(page.QuerySelector("caption"));

        // The provider sees the same, and the link to send the late return; it cannot change the KPIs.
        var provider = await app.SignedInAs(Role.Provider);
        var theirs = await provider.GetDocumentAsync($"/contracts/{id}");
        Assert.Contains(
            "Overall rating: Requires improvement (Red)",
            theirs.QuerySelector("#overall-rating")!.TextContent
        );
        Assert.NotNull(theirs.QuerySelector($"a[href='/contracts/{id}/returns/2026-07-01']"));
        Assert.Null(theirs.QuerySelector($"a[href='/contracts/{id}/kpis/add']"));
        Assert.NotNull(page.QuerySelector($"a[href='/contracts/{id}/kpis/add']"));
    }

    [Theory]
    [InlineData(
        "Input.RedThreshold",
        "94",
        "The inadequate threshold must be below the target by at least the tolerance: 93% or lower"
    )]
    [InlineData("Input.Target", "104%", "A percentage must be from 0 to 100")]
    [InlineData("Input.Name", "", "Enter the name of the KPI")]
    [InlineData("Input.Unit", "", "Select what the KPI measures")]
    [InlineData("Input.DaysToReturn", "120", "Days to send the return must be from 0 to 90")]
    [InlineData(
        "Input.OutcomeId",
        "5b0c5a5e-0000-4000-8000-000000000001",
        "Select one of your organisation's priority outcomes, or none"
    )]
    public async Task AddKpi_BadAnswer_SaysWhatIsWrong_KeepsTheAnswers_AndSavesNothing(
        string field,
        string value,
        string message
    )
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-BAD-" + Guid.NewGuid().ToString()[..6]);
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var response = await commissioner.PostFormAsync(
            $"/contracts/{made.Contract}/kpis/add",
            new Form()
                .Set("Input.Name", "Reviews held on time")
                .Set("Input.Unit", "Percentage")
                .Set("Input.Direction", "HigherIsBetter")
                .Set("Input.Target", "95")
                .Set("Input.AmberTolerance", "2")
                .Set("Input.RedThreshold", "80")
                .Set("Input.Frequency", "Quarterly")
                .Set("Input.DaysToReturn", "15")
                .Set(field, value)
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, page.ErrorSummary());
        // Every answer typed is kept (the unit is a choice, and an outcome not on the list cannot be shown chosen).
        if (field is not ("Input.Unit" or "Input.OutcomeId"))
            Assert.Equal(value, page.FieldValue(field));
        Assert.Equal(
            "Reviews held on time",
            page.FieldValue("Input.Name") is "" ? "Reviews held on time" : page.FieldValue("Input.Name")
        );
        Assert.Equal("2", page.FieldValue("Input.AmberTolerance"));
        await using var scope = app.Scope(out var db);
        Assert.Equal(2, await db.ContractKpis.CountAsync(k => k.ContractId == made.Contract));
    }

    [Fact]
    public async Task EditKpi_Saves_AndAStaleSave_Is409_WithTheAnswersKept()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-EDIT");
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var edit = $"/contracts/{made.Contract}/kpis/{made.OnTime}/edit";
        var form = await commissioner.GetDocumentAsync(edit);
        Assert.Equal("Visits on time", form.FieldValue("Input.Name"));
        Assert.Equal("95", form.FieldValue("Input.Target"));
        var answers = new Form()
            .Set("Input.Version", form.FieldValue("Input.Version")!)
            .Set("Input.Name", "Visits on time (30 minutes)")
            .Set("Input.OutcomeId", "")
            .Set("Input.Unit", "Percentage")
            .Set("Input.Direction", "HigherIsBetter")
            .Set("Input.Target", "97")
            .Set("Input.AmberTolerance", "2")
            .Set("Input.RedThreshold", "85")
            .Set("Input.Frequency", "Quarterly")
            .Set("Input.DaysToReturn", "20");
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(edit, answers)).StatusCode);

        var stale = await commissioner.PostFormAsync(edit, answers.Set("Input.Target", "99"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("99", (await HtmlClient.ParseAsync(stale)).FieldValue("Input.Target"));
        await using var scope = app.Scope(out var db);
        var kpi = await db.ContractKpis.SingleAsync(k => k.Id == made.OnTime);
        Assert.Equal(97m, kpi.Target);
        Assert.Equal(20, kpi.DaysToReturn);
    }

    [Theory]
    [InlineData("Values[0].Value", "104%", "Visits on time: a percentage must be from 0 to 100")]
    [InlineData("Values[1].Value", "2.5", "Missed visits: a count must be a whole number")]
    [InlineData("Values[1].Value", "", "Missed visits: enter the value")]
    [InlineData("Values[0].Value", "ninety", "Visits on time: enter a number, like 95.5")]
    public async Task AReturn_WithAValueOfTheWrongKind_IsRefused_TheAnswersKept_AndNothingSaved(
        string field,
        string value,
        string message
    )
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-VAL-" + Guid.NewGuid().ToString()[..6]);
        var provider = await app.SignedInAs(Role.Provider);
        var response = await provider.PostFormAsync(
            $"/contracts/{made.Contract}/returns/2026-04-01",
            MonitoringFixtures.ReturnForm(made, "96", "1", "Steady quarter").Set(field, value)
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal(value, page.FieldValue(field));
        Assert.Equal("Steady quarter", page.FieldValue("Values[0].Comment"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractKpiReturns.AnyAsync(r => r.ContractId == made.Contract));
    }

    [Fact]
    public async Task APeriodClosed_NotOver_OrOutsideTheContract_IsRefused()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-PER");
        var provider = await app.SignedInAs(Role.Provider);
        var open = $"/contracts/{made.Contract}/returns/2026-04-01";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await provider.PostFormAsync(open, MonitoringFixtures.ReturnForm(made, "96", "0"))).StatusCode
        );

        // Sent once, the period is closed: the page says so, and a second return (posted from another period's form)
        // is refused.
        var closed = await provider.GetDocumentAsync(open);
        Assert.Contains("has been accepted and the period closed", closed.QuerySelector("#refused")!.TextContent);
        Assert.Null(closed.QuerySelector("main form[method=post]"));
        var again = await provider.PostFormAsync(
            $"/contracts/{made.Contract}/returns/2026-07-01",
            MonitoringFixtures.ReturnForm(made, "50", "9"),
            action: open
        );
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(
            ["The return for this period has been accepted and the period closed: it cannot change"],
            (await HtmlClient.ParseAsync(again)).ErrorSummary()
        );

        var unfinished = await provider.GetDocumentAsync($"/contracts/{made.Contract}/returns/2026-10-01");
        Assert.Contains(
            "The period ends on 31 December 2026: send its return once it is over",
            unfinished.QuerySelector("#refused")!.TextContent
        );
        var before = await provider.GetDocumentAsync($"/contracts/{made.Contract}/returns/2026-01-01");
        Assert.Contains(
            "The contract runs from 1 April 2026 to 31 March 2029",
            before.QuerySelector("#refused")!.TextContent
        );
        var notAQuarter = await provider.GetDocumentAsync($"/contracts/{made.Contract}/returns/2026-05-01");
        Assert.Contains("Select a quarter of the financial year", notAQuarter.QuerySelector("#refused")!.TextContent);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await provider.GetAsync($"/contracts/{made.Contract}/returns/1-4-2026")).StatusCode
        );

        await using var scope = app.Scope(out var db);
        var kept = await db.ContractKpiValues.SingleAsync(v => v.KpiId == made.OnTime);
        Assert.Equal(96m, kept.Value);
    }

    [Fact]
    public async Task AKeeper_SendsAReturnOnTheProvidersBehalf()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-KEEP");
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var sent = await specialist.PostFormAsync(
            $"/contracts/{made.Contract}/returns/2026-04-01",
            MonitoringFixtures.ReturnForm(made, "94", "2")
        );
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var page = await specialist.GetDocumentAsync($"/contracts/{made.Contract}");
        Assert.Contains("for the provider", page.QuerySelector("#returns")!.TextContent);
        Assert.Contains(
            "Overall rating: Approaching target (Amber)",
            page.QuerySelector("#overall-rating")!.TextContent
        );
        await using var scope = app.Scope(out var db);
        Assert.True((await db.ContractKpiReturns.SingleAsync(r => r.ContractId == made.Contract)).OnBehalf);
    }

    [Fact]
    public async Task OtherRoles_AnotherProvider_AndAnotherOrganisation_CannotReachIt()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-AUTH");
        var returnPage = $"/contracts/{made.Contract}/returns/2026-04-01";
        var pages = new[]
        {
            $"/contracts/{made.Contract}/kpis/add",
            $"/contracts/{made.Contract}/kpis/{made.OnTime}/edit",
        };

        // The provider sends returns but does not keep KPIs.
        var provider = await app.SignedInAs(Role.Provider);
        foreach (var p in pages)
            Assert.StartsWith("/account/access-denied", (await provider.GetAsync(p)).Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync(returnPage)).StatusCode);

        // Staff who do not keep contracts read the page but send no return and change no KPI.
        foreach (var role in new[] { Role.Auditor, Role.FinanceOfficer, Role.DecisionMaker })
        {
            var client = await app.SignedInAs(role);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/contracts/{made.Contract}")).StatusCode);
            foreach (var p in pages.Append(returnPage))
                Assert.StartsWith("/account/access-denied", (await client.GetAsync(p)).Headers.Location!.AbsolutePath);
        }

        var otherProvider = await TestAccounts.CreateAsync(app, Role.Provider, "Dale Valley Care Homes");
        var theirs = await TestAccounts.SignInAsync(app, otherProvider.Email, otherProvider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync(returnPage)).StatusCode);

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        foreach (var p in pages.Append(returnPage))
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(p)).StatusCode);

        // A KPI of one contract is not found under another's address.
        var second = await MonitoringFixtures.ContractWithKpisAsync(app, "T-MON-AUTH-2");
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await commissioner.GetAsync($"/contracts/{second.Contract}/kpis/{made.OnTime}/edit")).StatusCode
        );
    }
}
