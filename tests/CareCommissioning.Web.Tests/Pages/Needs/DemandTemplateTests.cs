using System.Net;
using System.Text;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Export;
using CareCommissioning.Web.Tests.Infrastructure;
using static CareCommissioning.Web.Tests.Pages.Needs.DemandUploads;

namespace CareCommissioning.Web.Tests.Pages.Needs;

/// <summary>The downloaded template carries the figures already held, with nothing a spreadsheet would run.</summary>
public sealed class DemandTemplateTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task XlsxTemplate_WritesAFormulaLikeSourceAsText()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await LineAsync(client, "Formula source");
        var csv = "Year,Volume,Basis,Source\r\n2026/27,100,Actual,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await UploadAsync(client, id, Encoding.UTF8.GetBytes(csv), "demand.csv")).StatusCode
        );
        var xlsx = await client.GetByteArrayAsync($"/needs/service-lines/{id}/demand/template.xlsx");
        var cells = XlsxWriterTests.Cells(xlsx);
        Assert.Equal(["2026/27", "100", "Actual", "'=HYPERLINK(\"http://evil\",\"x\")"], cells.Skip(4).Take(4));
    }
}
