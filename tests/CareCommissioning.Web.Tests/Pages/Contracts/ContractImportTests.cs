using System.Net;
using System.Net.Http.Headers;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>Existing contracts imported from a spreadsheet: every row checked, problems listed by row, nothing
/// half-imported.</summary>
public sealed class ContractImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Header =
        "Reference,Title,Supplier,Provider organisation,Type,Status,CPV code,How it was awarded,Whole-life value (£ incl. VAT),Start date,End date,Extension available (months)";

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text)
    {
        const string url = "/contracts/import";
        var page = await HtmlClient.ParseAsync(await client.GetAsync(url));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { content, "Upload", "contracts.csv" },
        };
        return await client.PostAsync(url, form);
    }

    [Fact]
    public async Task AGoodFile_ImportsEveryContract()
    {
        var client = await app.SignedInAs(Role.Commissioner);

        var response = await UploadAsync(
            client,
            $"""
            {Header}
            IMP-1,Imported home care,Riverside Home Support CIC,Brightwater Home Care Ltd,Spot,Active,85311200-4,Below threshold,"45,000",2026-04-01,2027-03-31,0
            IMP-2,Imported equipment,Northshire Mobility Ltd,,Framework,Draft,33196200-2,Framework call-off,120000,1/4/2026,31/3/2028
            """
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.Scope(out var db);
        var imported = await db
            .Contracts.Where(c => c.Reference.StartsWith("IMP-"))
            .OrderBy(c => c.Reference)
            .ToListAsync();
        Assert.Equal(["IMP-1", "IMP-2"], imported.Select(c => c.Reference));
        Assert.Equal(45_000m, imported[0].Value);
        Assert.NotNull(imported[0].ProviderOrganisationId);
        Assert.Equal(new DateOnly(2028, 3, 31), imported[1].EndDate);
    }

    [Fact]
    public async Task AFileWithBadRows_ListsEachProblemByRow_AndImportsNothing()
    {
        var client = await app.SignedInAs(Role.Commissioner);

        var response = await UploadAsync(
            client,
            $"""
            {Header}
            BAD-1,Fine row,Riverside Home Support CIC,,Spot,Active,85311200-4,Below threshold,45000,2026-04-01,2027-03-31
            BAD-2,Backwards,Riverside Home Support CIC,,Spot,Active,85311200-4,Below threshold,45000,2026-04-01,2025-03-31
            BAD-3,Unknown supplier,Nobody Ltd,,Spot,Active,85311200-4,Below threshold,45000,2026-04-01,2027-03-31
            BAD-1,Same reference,Riverside Home Support CIC,,Spot,Active,85311200-4,Below threshold,45000,2026-04-01,2027-03-31
            """
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = (await HtmlClient.ParseAsync(response)).ErrorSummary();
        Assert.Contains("Row 3: end date must be the same as or after the start date", summary);
        Assert.Contains("Row 4: there is no supplier called 'Nobody Ltd' on your register", summary);
        Assert.Contains(summary, s => s.StartsWith("Row 5: another contract already has the reference BAD-1"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Contracts.AnyAsync(c => c.Reference.StartsWith("BAD-")));
    }
}
