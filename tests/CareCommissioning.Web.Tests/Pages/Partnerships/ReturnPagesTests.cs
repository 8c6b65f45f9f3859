using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>The host's finance officer opens a quarter's return, sees its income, expenditure and metrics built from
/// the records, completes and submits it, which closes the period; partners read it and find what is overdue; nobody
/// else sees anything.</summary>
public sealed class ReturnPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A pool with 2026/27 contributions and a reablement scheme with April to June budgets, actuals for April
    /// and May and a forecast for June.</summary>
    private async Task<Guid> PoolWithMoneyAsync(HttpClient council, string name)
    {
        var pool = await Pools.AddAsync(app, council, name);
        var councilRow = await Pools.PartnerAsync(app, pool, DemoUsers.Council);
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        await using var scope = app.Scope(out var db);
        db.PartnershipContributions.AddRange(
            new PartnershipContribution
            {
                PartnershipId = pool,
                PartnerId = councilRow,
                Year = 2026,
                Amount = 600_000m,
                Description = "Better Care Grant",
            },
            new PartnershipContribution
            {
                PartnershipId = pool,
                PartnerId = councilRow,
                Year = 2026,
                Kind = PoolContributionKind.InKind,
                Amount = 50_000m,
                Description = "Seconded staff",
            },
            new PartnershipContribution
            {
                PartnershipId = pool,
                PartnerId = icbRow,
                Year = 2026,
                Amount = 400_000m,
                Description = "NHS minimum contribution",
            },
            new PartnershipContribution
            {
                PartnershipId = pool,
                PartnerId = icbRow,
                Year = 2025,
                Amount = 1m,
                Description = "Last year",
            }
        );
        var scheme = new PartnershipScheme
        {
            PartnershipId = pool,
            Name = "Reablement",
            Type = SchemeType.HomeBasedIntermediateCare,
            LeadPartnerId = councilRow,
        };
        db.PartnershipSchemes.Add(scheme);
        db.SchemeSpend.AddRange(
            new SchemeSpend
            {
                SchemeId = scheme.Id,
                Month = new DateOnly(2026, 4, 1),
                Budget = 10_000m,
                Actual = 10_500m,
            },
            new SchemeSpend
            {
                SchemeId = scheme.Id,
                Month = new DateOnly(2026, 5, 1),
                Budget = 10_000m,
                Actual = 9_800m,
            },
            new SchemeSpend
            {
                SchemeId = scheme.Id,
                Month = new DateOnly(2026, 6, 1),
                Budget = 10_000m,
                Forecast = 10_200m,
            },
            new SchemeSpend
            {
                SchemeId = scheme.Id,
                Month = new DateOnly(2026, 7, 1),
                Budget = 99_999m,
                Actual = 1m,
            }
        );
        await db.SaveChangesAsync();
        return pool;
    }

    private static async Task<string> OpenAsync(HttpClient client, Guid pool, string quarter)
    {
        var opened = await client.PostFormAsync(
            $"/partnerships/{pool}/returns",
            new Form().Set("Input.Year", "2026").Set("Input.Quarter", quarter)
        );
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return opened.Headers.Location!.OriginalString;
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TheHostOpensAQuartersReturn_ItsFiguresComeFromTheRecords()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await PoolWithMoneyAsync(council, "Returned pool");
        var page = await OpenAsync(council, pool, "1");
        var again = await council.PostFormAsync(
            $"/partnerships/{pool}/returns",
            new Form().Set("Input.Year", "2026").Set("Input.Quarter", "1")
        );
        Assert.Equal(
            ["There is already a return for that period"],
            (await HtmlClient.ParseAsync(again)).ErrorSummary()
        );

        var doc = await council.GetDocumentAsync(page);
        Assert.Equal("Return for Quarter 1 of 2026/27", doc.QuerySelector("h1")!.TextContent.Trim());
        string Row(int table, string name) =>
            doc.QuerySelectorAll("table")[table]
                .QuerySelectorAll("tbody tr")
                .Single(r => r.QuerySelector("th")!.TextContent.Trim() == name)
                .TextContent;
        var council2026 = Row(0, DemoUsers.Council);
        Assert.Contains("£600,000.00", council2026);
        Assert.Contains("£50,000.00", council2026);
        Assert.Contains("£1,050,000.00", Row(0, "Total"));
        // April and May actual, June forecast, July outside the quarter: 10,500 + 9,800 + 10,200 − 30,000 = +500.
        var reablement = Row(1, SchemeTypeNames.Display(SchemeType.HomeBasedIntermediateCare));
        Assert.Contains("£30,000.00", reablement);
        Assert.Contains("£20,300.00", reablement);
        Assert.Contains("£10,200.00", reablement);
        Assert.Contains("£500.00", reablement);
        // Due 30 days after the quarter ends, which is past by the test clock (7 December 2026).
        Assert.Contains("Overdue since 30 July 2026", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task SubmittingChecksWhatIsMissing_ThenClosesThePeriod_AndPartnersReadIt()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await PoolWithMoneyAsync(council, "Submitted pool");
        var page = await OpenAsync(council, pool, "0");
        var version = (await council.GetDocumentAsync(page)).FieldValue("Input.Version")!;
        var answers = new Form()
            .Set("Input.AgreementInPlace", "yes")
            .Set("Input.PlansJointlyAgreed", "yes")
            .Set("Input.ImplementingObjectives", "yes")
            .Set("Input.GrantConditionsMet", "no")
            .Set("Input.Narrative", "Reablement overspent by £500 in the first quarter.")
            .Set("Input.Version", version);

        var missing = await council.PostFormAsync(page, answers, action: page + "?handler=Submit");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var doc = await HtmlClient.ParseAsync(missing);
        Assert.Equal(
            [
                "Say whether national condition 4 is met: complying with oversight and support processes",
                "A year-end return needs the health and wellbeing board's sign-off: enter who signed it off and when",
            ],
            doc.ErrorSummary()
        );
        Assert.Equal("Reablement overspent by £500 in the first quarter.", doc.FieldValue("Input.Narrative"));
        await using (var scope = app.Scope(out var db))
            Assert.Null((await db.PoolReturns.SingleAsync(r => r.PartnershipId == pool)).SubmittedAt);

        var submitted = await council.PostFormAsync(
            page,
            answers
                .Set("Input.OversightComplied", "yes")
                .Set("Input.BoardSignedOffBy", "Cllr Ann Reid, chair")
                .Set("Input.BoardSignedOffOn.Day", "3")
                .Set("Input.BoardSignedOffOn.Month", "12")
                .Set("Input.BoardSignedOffOn.Year", "2026"),
            action: page + "?handler=Submit"
        );
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        // The period is closed: no form, and a post changes nothing.
        var icb = await app.SignedInAs(Role.CommissioningPartner);
        var read = await icb.GetDocumentAsync(page);
        Assert.Null(read.QuerySelector("form textarea"));
        var summary = read.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("Cllr Ann Reid, chair, 3 December 2026", summary);
        var late = await council.PostFormAsync(page, answers.Set("Input.Narrative", "Changed"));
        Assert.StartsWith("/account/access-denied", late.Headers.Location!.AbsolutePath);
        await using (var scope = app.Scope(out var db))
            Assert.StartsWith(
                "Reablement overspent",
                (await db.PoolReturns.SingleAsync(r => r.PartnershipId == pool)).Narrative
            );

        var xlsx = await icb.GetAsync(page + "/xlsx");
        using var workbook = SpreadsheetDocument.Open(
            new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()),
            false
        );
        var rows = workbook
            .WorkbookPart!.WorksheetParts.Single()
            .Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())
            .ToList();
        Assert.Contains(rows, r => r is ["Total income", "", "", "1050000.00"]);
        Assert.Contains(rows, r =>
            r.Count > 1 && r[0].StartsWith("National condition 3", StringComparison.Ordinal) && r[1] == "No"
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task AReturnPastItsDueDate_IsOnEveryPartnersOverdueList()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await PoolWithMoneyAsync(council, "Overdue pool");
        await OpenAsync(council, pool, "1"); // due 30 July 2026, before the test clock's today
        var icb = await app.SignedInAs(Role.CommissioningPartner);
        var list = await icb.GetDocumentAsync("/partnerships/returns/overdue");
        var overdue = list.QuerySelectorAll("table")[0].TextContent;
        Assert.Contains("Overdue pool", overdue);
        Assert.Contains("30 July 2026", overdue);

        var outsider = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.DoesNotContain(
            "Overdue pool",
            (await other.GetDocumentAsync("/partnerships/returns/overdue")).QuerySelector("main")!.TextContent
        );
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partnerships/{pool}/returns")).StatusCode);
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = await db.PoolReturns.Where(r => r.PartnershipId == pool).Select(r => r.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partnerships/{pool}/returns/{id}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.GetAsync($"/partnerships/{pool}/returns/{id}/xlsx")).StatusCode
        );
    }
}
