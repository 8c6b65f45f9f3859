using System.Net;
using System.Net.Http.Headers;
using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>A provider sends several KPI returns in one spreadsheet: the template lists what it owes, a good file is
/// taken whole and rated, a file with unknown contracts or text in number cells is refused row by row with nothing
/// saved, and only those who send returns reach the page.</summary>
public sealed class ContractReturnImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Url = "/contracts/returns/import";
    private const string Header = "Contract reference,Period start,KPI,Value,Comment";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text)
    {
        var page = await HtmlClient.ParseAsync(await client.GetAsync(Url));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { content, "Upload", "returns.csv" },
        };
        return await client.PostAsync(Url, form);
    }

    [Fact]
    [Trait("Criterion", "CD-P18")]
    public async Task AProvider_DownloadsWhatItOwes_AndSendsTwoQuartersInOneFile_OneRatedInadequate()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-RI-1");
        var provider = await app.SignedInAs(Role.Provider);

        var contracts = await provider.GetDocumentAsync("/contracts");
        Assert.NotNull(contracts.QuerySelector($"a[href='{Url}']"));
        var template = await (
            await provider.GetAsync(Url + "?handler=Template&format=csv")
        ).Content.ReadAsStringAsync();
        var owed = template.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Header, owed[0].TrimStart('\uFEFF'));
        Assert.Equal(
            [
                "T-RI-1,2026-04-01,Visits on time,,",
                "T-RI-1,2026-04-01,Missed visits,,",
                "T-RI-1,2026-07-01,Visits on time,,",
                "T-RI-1,2026-07-01,Missed visits,,",
            ],
            owed.Where(l => l.StartsWith("T-RI-1,", StringComparison.Ordinal))
        );

        var response = await UploadAsync(
            provider,
            $"""
            {Header}
            T-RI-1,2026-04-01,Visits on time,96,Steady quarter
            T-RI-1,2026-04-01,Missed visits,0,
            T-RI-1,1/7/2026,Visits on time,80%,Staff sickness
            T-RI-1,1/7/2026,Missed visits,1,
            """
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var banner = (await provider.GetDocumentAsync(response.Headers.Location!.OriginalString))
            .QuerySelector(".govuk-notification-banner")!
            .TextContent;
        Assert.Contains("2 returns have been imported: 1 with KPIs rated red", banner);
        await using var scope = app.Scope(out var db);
        var saved = await db
            .ContractKpiReturns.Include(r => r.Values)
            .Where(r => r.ContractId == made.Contract)
            .OrderBy(r => r.PeriodStart)
            .ToListAsync();
        Assert.Equal([PerformanceRating.Good, PerformanceRating.Inadequate], saved.Select(r => r.Rating));
        Assert.Equal(1, saved[1].RedCount);
        Assert.All(saved, r => Assert.False(r.OnBehalf));
        Assert.Contains(saved[1].Values, v => v.Value == 80m && v.Comment == "Staff sickness");
    }

    [Fact]
    public async Task AFileWithAnotherOrganisationsContract_OrTextForANumber_IsRefusedByRow_AndNothingIsSaved()
    {
        var made = await MonitoringFixtures.ContractWithKpisAsync(app, "T-RI-2");
        var provider = await app.SignedInAs(Role.Provider);

        var response = await UploadAsync(
            provider,
            $"""
            {Header}
            T-RI-2,2026-04-01,Visits on time,ninety-six,
            T-RI-2,2026-04-01,Missed visits,0,
            ASC-2026-031,2026-04-01,Visits on time,96,
            T-RI-2,2026-07-01,Visits on time,96,
            T-RI-2,2026-07-01,Missed visits,0,
            """
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = (await HtmlClient.ParseAsync(response)).ErrorSummary();
        Assert.Equal(
            [
                "Row 2: Visits on time: enter a number, like 95.5",
                "Row 4: there is no contract 'ASC-2026-031' you can send returns for",
                "The file has 2 problems. Nothing has been imported: correct the file and upload it again",
            ],
            summary
        );
        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractKpiReturns.AnyAsync(r => r.ContractId == made.Contract));
    }

    [Fact]
    public async Task StaffWhoDoNotKeepContracts_CannotSendReturns()
    {
        foreach (var role in new[] { Role.Auditor, Role.FinanceOfficer, Role.DecisionMaker })
        {
            var client = await app.SignedInAs(role);
            Assert.StartsWith("/account/access-denied", (await client.GetAsync(Url)).Headers.Location!.AbsolutePath);
            Assert.Null((await client.GetDocumentAsync("/contracts")).QuerySelector($"a[href='{Url}']"));
        }
    }
}
