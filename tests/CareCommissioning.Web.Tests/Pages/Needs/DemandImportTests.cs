using System.Net;
using System.Text;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Export;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class DemandImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P1")]
    public async Task CsvAndXlsx_Import_ReplaceThoseYears()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await DemandUploads.LineAsync(client, "Imported line");
        var csv = Encoding.UTF8.GetBytes(
            "Year,Volume,Basis,Source\r\n2026/27,100,Actual,Care records\r\n2027/28,\"1,100\",Forecast,\r\n"
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await DemandUploads.UploadAsync(client, id, csv, "demand.csv")).StatusCode
        );

        var xlsx = new MemoryStream();
        XlsxWriter.Write(
            xlsx,
            "Demand",
            [
                ["Year", "Volume", "Basis", "Source"],
                ["2027/28", "120", "Projected", "POPPI"],
                ["2028/29", "130.5", "", ""],
            ]
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await DemandUploads.UploadAsync(client, id, xlsx.ToArray(), "demand.xlsx")).StatusCode
        );

        await using var scope = app.Scope(out var db);
        var figures = await db.DemandFigures.Where(f => f.ServiceLineId == id).OrderBy(f => f.Year).ToListAsync();
        Assert.Equal([100m, 120m, 130.5m], figures.Select(f => f.Volume));
        Assert.Equal("Care records", figures[0].Source);
        Assert.Equal("POPPI", figures[1].Source);
        Assert.Equal("Imported from demand.xlsx", figures[2].Source);
    }

    [Theory]
    [InlineData(
        "Year,Amount\r\n2026/27,5\r\n",
        "The columns must be Year, Volume, Basis, Source, in that order, as in the template. The file has: Year, Amount."
    )]
    [InlineData(
        "Year,Volume,Basis,Source\r\n2026/27,lots,Actual,\r\n",
        "Row 2: volume \"lots\" must be a number, like 1250 or 12.5"
    )]
    [InlineData(
        "Year,Volume,Basis,Source\r\n2026/27,5,Actual,\r\n2040/41,5,Forecast,\r\n",
        "Row 3: year must be between 2026/27 and 2036/37"
    )]
    [InlineData("Year,Volume,Basis,Source\r\n2026/27,-5,Actual,\r\n", "Row 2: volume must be 0 or more")]
    [InlineData(
        "Year,Volume,Basis,Source\r\n2026/27,5,Guess,\r\n",
        "Row 2: basis \"Guess\" must be Actual, Forecast or Projected"
    )]
    public async Task BadFile_IsRefusedRowByRow_AndNothingIsImported(string csv, string problem)
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await DemandUploads.LineAsync(client, "Refused import");
        var response = await DemandUploads.UploadAsync(client, id, Encoding.UTF8.GetBytes(csv), "demand.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, (await HtmlClient.ParseAsync(response)).ErrorSummary());
        await using var scope = app.Scope(out var db);
        Assert.False(await db.DemandFigures.AnyAsync(f => f.ServiceLineId == id));
    }

    [Fact]
    public async Task NotASpreadsheet_IsRefusedPlainly()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await DemandUploads.LineAsync(client, "Not a spreadsheet");
        var broken = await DemandUploads.UploadAsync(
            client,
            id,
            Encoding.UTF8.GetBytes("this is not a zip"),
            "demand.xlsx"
        );
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains(
            "The file could not be read as an Excel workbook. Save it as .xlsx and try again.",
            (await HtmlClient.ParseAsync(broken)).ErrorSummary()
        );
        var word = await DemandUploads.UploadAsync(client, id, [1, 2, 3], "demand.docx");
        Assert.Contains(
            "The file must be a CSV or an Excel workbook (.xlsx)",
            (await HtmlClient.ParseAsync(word)).ErrorSummary()
        );
    }

    [Fact]
    public async Task Templates_HaveTheColumnsAndYears()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await DemandUploads.LineAsync(client, "Template line");
        var csv = await client.GetStringAsync($"/needs/service-lines/{id}/demand/template.csv");
        Assert.StartsWith("\uFEFFYear,Volume,Basis,Source\r\n2026/27,,Actual,", csv);
        var xlsx = await client.GetByteArrayAsync($"/needs/service-lines/{id}/demand/template.xlsx");
        var read = CareCommissioning.Web.Infrastructure.Import.SpreadsheetReader.Read(new MemoryStream(xlsx), "t.xlsx");
        Assert.Null(read.Problem);
        Assert.Equal(12, read.Rows.Count);
        Assert.Equal("2036/37", read.Rows[^1][0]);
    }
}
