using System.Net;
using System.Text;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Import;
using CareCommissioning.Web.Pages.Needs;
using CareCommissioning.Web.Tests.Import;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Needs.DemandUploads;

namespace CareCommissioning.Web.Tests.Pages.Needs;

/// <summary>Hostile or oversized files get the import page again with a plain message, never an error page, and
/// nothing is saved.</summary>
public sealed class DemandImportLimitsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task RefusedAsync(byte[] file, string name, string message)
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await LineAsync(client, "Hostile import " + Guid.NewGuid().ToString("N")[..6]);
        var response = await UploadAsync(client, id, file, name);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal(message, page.QuerySelector("#Upload-error")!.TextContent.Replace("Error:", "").Trim());
        await using var scope = app.Scope(out var db);
        Assert.False(await db.DemandFigures.AnyAsync(f => f.ServiceLineId == id));
    }

    [Fact]
    public async Task RequestOverTheServerLimit_IsRefusedUnread_WithTheTooLargePage()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await LineAsync(client, "Far too large");
        var response = await UploadAsync(client, id, new byte[DemandImportModel.MaxRequestBytes + 1], "demand.csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal("The file you selected is too large", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Form_PutsItsTokenBeforeTheFile_SoTheTokenIsReadWhenTheFileIsTooLarge()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await LineAsync(client, "Token order");
        var page = await client.GetDocumentAsync($"/needs/service-lines/{id}/demand/import");
        var inputs = page.QuerySelectorAll("form[enctype='multipart/form-data'] input")
            .Select(i => i.GetAttribute("name"))
            .ToList();
        Assert.Equal(["__RequestVerificationToken", "Upload"], inputs);
    }

    [Fact]
    public Task ZipBomb_IsRefusedWithAMessage() =>
        RefusedAsync(HostileFiles.ZipBomb(110 * 1024 * 1024), "demand.xlsx", SpreadsheetReader.TooMuchDataMessage);

    [Fact]
    public Task XlsxWithADtd_IsRefusedWithAMessage() =>
        RefusedAsync(HostileFiles.WithDtd(), "demand.xlsx", SpreadsheetReader.DtdMessage);

    [Fact]
    public Task FileOverTheSizeLimit_IsRefusedWithAMessage() =>
        RefusedAsync(
            Encoding.UTF8.GetBytes("Year,Volume,Basis,Source\r\n" + new string('x', 1_500_000)),
            "demand.csv",
            SpreadsheetReader.TooLargeMessage
        );
}
