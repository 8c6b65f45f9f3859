using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Contracts.Notices;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// A commissioner watches the whole portfolio: every running contract's latest rating, its red KPIs and late returns,
/// filtered, searched, sorted, paged and downloaded, and a list of every late return with its days late (CD-P18).
/// Providers are reminded of returns due and late, and keepers of returns late, once each.
/// </summary>
public sealed class ContractMonitoringDashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task TheDashboard_ShowsEachRunningContractsRating_RedKpis_AndLateReturns_Filtered_AndDownloaded()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-DASH-1");
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var register = await commissioner.GetDocumentAsync("/contracts");
        Assert.NotNull(register.QuerySelector("a[href='/contracts/monitoring']"));

        var all = await commissioner.GetDocumentAsync("/contracts/monitoring");
        Assert.Equal("Contract monitoring", all.QuerySelector("h1")!.TextContent);
        var rows = all.QuerySelectorAll("#portfolio tbody tr").Select(r => r.TextContent).ToList();
        // Worst rating first: the demo home care contract is red; the new one has no return yet.
        Assert.Contains(DemoContracts.HomeCareReference, rows[0]);
        Assert.Contains("Requires improvement", rows[0]);
        Assert.Contains("Red", rows[0]);
        Assert.Contains("1 (up to 53 days)", rows[0]);
        var mine = Assert.Single(rows, r => r.Contains("T-DASH-1", StringComparison.Ordinal));
        Assert.Contains("Not rated", mine);
        Assert.Contains("2 (up to 145 days)", mine);

        Assert.Equal(
            [DemoContracts.HomeCareReference],
            Refs(await commissioner.GetDocumentAsync("/contracts/monitoring?rating=RequiresImprovement"))
        );
        Assert.Equal(
            ["T-DASH-1"],
            Refs(await commissioner.GetDocumentAsync("/contracts/monitoring?rating=NotRated&search=T-DASH-1"))
        );
        Assert.Empty(Refs(await commissioner.GetDocumentAsync("/contracts/monitoring?rating=Inadequate")));
        Assert.Equal(
            ["T-DASH-1"],
            Refs(await commissioner.GetDocumentAsync("/contracts/monitoring?search=t-dash-1&late=yes"))
        );
        var byLate = Refs(await commissioner.GetDocumentAsync("/contracts/monitoring?sort=Late"));
        Assert.True(byLate.IndexOf("T-DASH-1") < byLate.IndexOf(DemoContracts.HomeCareReference));

        var csv = await commissioner.GetAsync(
            "/contracts/monitoring?handler=Download&format=csv&rating=RequiresImprovement"
        );
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Reference,Title,Supplier,Latest return,Rating,RAG,KPIs red,Returns late,Most days late", text);
        Assert.True(text.Contains("Requires improvement,Red,1,1,53", StringComparison.Ordinal), text);
        Assert.DoesNotContain("T-DASH-1", text);
        var xlsx = await commissioner.GetAsync("/contracts/monitoring?handler=Download&format=xlsx");
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);

        var late = await commissioner.GetDocumentAsync("/contracts/monitoring/late");
        var lateRows = late.QuerySelectorAll("#late tbody tr").ToList();
        var daysLate = lateRows.Select(r => int.Parse(r.Children.Last().TextContent.Trim())).ToList();
        Assert.Equal(daysLate.OrderByDescending(d => d), daysLate);
        Assert.Contains(lateRows, r =>
            r.TextContent.Contains("T-DASH-1", StringComparison.Ordinal)
            && r.TextContent.Contains("Quarter 1 of 2026/27", StringComparison.Ordinal)
            && r.Children.Last().TextContent.Trim() == "145"
        );
        Assert.Contains(lateRows, r =>
            r.TextContent.Contains(DemoContracts.HomeCareReference, StringComparison.Ordinal)
            && r.Children.Last().TextContent.Trim() == "53"
        );

        // A return received takes a contract off the late list and rates it.
        var provider = await app.SignedInAs(Role.Provider);
        await provider.PostFormAsync(
            $"/contracts/{made.Contract}/returns/2026-04-01",
            MonitoringFixtures.ReturnForm(made, "97", "0")
        );
        Assert.Equal(
            ["T-DASH-1"],
            Refs(await commissioner.GetDocumentAsync("/contracts/monitoring?rating=Good&search=T-DASH-1"))
        );
    }

    [Fact]
    public async Task ReturnsMissingBeforeTheFirst_OrBetweenTwo_AreLate()
    {
        var before = await MonitoringFixtures.ContractWithKpisAsync(app, "T-GAP-1");
        var between = await MonitoringFixtures.ContractWithKpisAsync(app, "T-GAP-2");
        await using (var scope = app.Scope(out var db))
        {
            ContractKpiReturn Received(Guid contract, DateOnly period) =>
                new()
                {
                    ContractId = contract,
                    PeriodStart = period,
                    SubmittedByUserId = "provider",
                    SubmittedByName = "Helen Carter",
                    SubmittedAt = app.Clock.GetUtcNow(),
                    Rating = PerformanceRating.Good,
                };
            // The first from 1 April 2026 with only its second quarter's return; the second from 1 April 2025 with
            // its first and third quarters' returns, and none since.
            var older = await db.Contracts.SingleAsync(c => c.Id == between.Contract);
            older.StartDate = new DateOnly(2025, 4, 1);
            db.ContractKpiReturns.AddRange(
                Received(before.Contract, new DateOnly(2026, 7, 1)),
                Received(between.Contract, new DateOnly(2025, 4, 1)),
                Received(between.Contract, new DateOnly(2025, 10, 1))
            );
            await db.SaveChangesAsync();
        }
        var commissioner = await app.SignedInAs(Role.Commissioner);

        var rows = (await commissioner.GetDocumentAsync("/contracts/monitoring?search=T-GAP-&sort=Reference"))
            .QuerySelectorAll("#portfolio tbody tr")
            .Select(r => r.TextContent)
            .ToList();

        Assert.Equal(2, rows.Count);
        Assert.Contains("Quarter 2 of 2026/27", rows[0]);
        Assert.Contains("1 (up to 145 days)", rows[0]);
        // July 2025, January, April and July 2026 are late; the oldest was due on 15 October 2025.
        Assert.Contains("Quarter 3 of 2025/26", rows[1]);
        Assert.Contains("4 (up to 418 days)", rows[1]);
        var late = (await commissioner.GetDocumentAsync("/contracts/monitoring/late"))
            .QuerySelectorAll("#late tbody tr")
            .Select(r => r.TextContent)
            .Where(r => r.Contains("T-GAP-2", StringComparison.Ordinal))
            .ToList();
        // Most days late first, 25 to a page: its two oldest lead the list.
        Assert.Contains("Quarter 2 of 2025/26", late[0]);
        Assert.Contains("418", late[0]);
        Assert.Contains("Quarter 4 of 2025/26", late[1]);
    }

    [Fact]
    public async Task TheDashboard_IsPaged()
    {
        for (var i = 0; i < 26; i++)
            await MonitoringFixtures.ContractWithKpisAsync(app, $"T-PG-{i:00}");
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var first = await commissioner.GetDocumentAsync("/contracts/monitoring?search=T-PG-&sort=Reference");
        Assert.Equal(25, first.QuerySelectorAll("#portfolio tbody tr").Length);
        Assert.Contains("Showing 1 to 25 of 26 contracts", first.Body!.TextContent);
        var second = await commissioner.GetDocumentAsync("/contracts/monitoring?search=T-PG-&sort=Reference&page=2");
        Assert.Equal(["T-PG-25"], Refs(second));
    }

    [Fact]
    public async Task AProvider_AndAnotherOrganisation_SeeNoPortfolio()
    {
        var provider = await app.SignedInAs(Role.Provider);
        foreach (var page in new[] { "/contracts/monitoring", "/contracts/monitoring/late" })
            Assert.StartsWith("/account/access-denied", (await provider.GetAsync(page)).Headers.Location!.AbsolutePath);

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Empty(Refs(await other.GetDocumentAsync("/contracts/monitoring")));
        Assert.Empty((await other.GetDocumentAsync("/contracts/monitoring/late")).QuerySelectorAll("#late tbody tr"));
        var csv = await (
            await other.GetAsync("/contracts/monitoring?handler=Download&format=csv")
        ).Content.ReadAsStringAsync();
        Assert.DoesNotContain(DemoContracts.HomeCareReference, csv);

        var auditor = await app.SignedInAs(Role.Auditor);
        Assert.Contains(DemoContracts.HomeCareReference, Refs(await auditor.GetDocumentAsync("/contracts/monitoring")));
    }

    [Fact]
    public async Task TheProvider_IsRemindedOfAReturnDueIn7Days_AndBothSidesOfALateOne_OnceEach()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-REM-1");
        await using (var scope = app.Scope(out var db))
            // Monthly, 10 days to return: November's return is due on 10 December, three days ahead.
            await db
                .ContractKpis.Where(k => k.ContractId == made.Contract)
                .ExecuteUpdateAsync(s =>
                    s.SetProperty(k => k.Frequency, ReturnFrequency.Monthly).SetProperty(k => k.DaysToReturn, 10)
                );

        await Task.WhenAll(RemindAsync(), RemindAsync());
        await Task.WhenAll(RemindAsync(), RemindAsync());

        await using var check = app.Scope(out var read);
        var dueKey = $"kpi-return-due:{made.Contract}:2026-11-01";
        Assert.Equal(1, await read.SentReminders.CountAsync(r => r.Key == dueKey));
        var providerUser = await read.Users.SingleAsync(u => u.Email == DemoUsers.For(Role.Provider).Email);
        var commissioner = await read.Users.SingleAsync(u => u.Email == DemoUsers.For(Role.Commissioner).Email);
        var notices = await read.Notices.Where(n => n.SubjectId == made.Contract).ToListAsync();
        var due = Assert.Single(notices, n => n.Title == "KPI return for contract T-REM-1 due on 10 December 2026");
        Assert.Equal(providerUser.Id, due.RecipientUserId);
        Assert.Contains("in 3 days", due.Body);
        // April to October are late: each told once to the provider and once to each keeper.
        Assert.Equal(
            7,
            await read.SentReminders.CountAsync(r => r.Key.StartsWith($"kpi-return-late:{made.Contract}:"))
        );
        Assert.Equal(
            7,
            notices.Count(n =>
                n.Title == "KPI return for contract T-REM-1 is late" && n.RecipientUserId == providerUser.Id
            )
        );
        Assert.Equal(
            7,
            notices.Count(n =>
                n.Title == "KPI return for contract T-REM-1 is late" && n.RecipientUserId == commissioner.Id
            )
        );
        Assert.Contains(notices, n =>
            n.RecipientUserId == commissioner.Id
            && n.Body.Contains("was due on 10 May 2026 and is 211 days late", StringComparison.Ordinal)
        );
        // The demo home care contract's late quarter is told of too.
        Assert.True(
            await read.SentReminders.AnyAsync(r =>
                r.Key.StartsWith("kpi-return-late:") && r.Key.EndsWith(":2026-07-01")
            )
        );
    }

    private async Task RemindAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetServices<IReminderCheck>().OfType<KpiReturnReminders>().Single();
        await check.RemindAsync(app.Clock.GetUtcNow());
    }

    private static List<string> Refs(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#portfolio tbody tr td:first-child a").Select(a => a.TextContent).ToList();
}
