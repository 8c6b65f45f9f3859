using CareCommissioning.Web.Infrastructure.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareCommissioning.Web.Tests.Export;

/// <summary>A downloaded workbook cannot carry a formula: text a spreadsheet would run gets a quote in front, as in
/// the CSV downloads.</summary>
public sealed class XlsxWriterTests
{
    public static IReadOnlyList<string> Cells(byte[] xlsx)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("Care records", "Care records")]
    [InlineData("2026/27", "2026/27")]
    [InlineData("", "")]
    public void FormulaLikeText_IsWrittenWithAQuoteInFront(string value, string written)
    {
        var output = new MemoryStream();
        XlsxWriter.Write(
            output,
            "Sheet",
            [
                ["Heading"],
                [value],
            ]
        );
        var cells = Cells(output.ToArray());
        // XML reads a carriage return back as a line feed.
        Assert.Equal(["Heading", written.Replace('\r', '\n')], cells);
        // The cell is text, never a formula.
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        Assert.Empty(workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
    }
}
