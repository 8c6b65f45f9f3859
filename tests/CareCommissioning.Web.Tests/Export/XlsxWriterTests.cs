using CareCommissioning.Web.Infrastructure.Export;
using CareCommissioning.Web.Infrastructure.Import;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareCommissioning.Web.Tests.Export;

/// <summary>A downloaded workbook cannot carry a formula: text a spreadsheet would run gets a quote in front, as in
/// the CSV downloads; and every cell lands in its own column, past Z too.</summary>
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

    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "B")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16_383, "XFD")] // Excel's last column
    public void ColumnName_CountsAsExcelDoes(int index, string name) =>
        Assert.Equal(name, XlsxWriter.ColumnName(index));

    [Fact]
    public void ThirtyColumns_AreReadBackEachInItsOwnColumn()
    {
        var header = Enumerable.Range(1, 30).Select(i => $"Column {i}").ToArray();
        var values = Enumerable.Range(1, 30).Select(i => $"value {i}").ToArray();
        var output = new MemoryStream();
        XlsxWriter.Write(output, "Wide", [header, values]);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        var second = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1);
        Assert.Equal(
            ["A2", "Z2", "AA2", "AD2"],
            new[] { 0, 25, 26, 29 }.Select(i => second.Elements<Cell>().ElementAt(i).CellReference!.Value)
        );
        // The app's own reader places cells by their reference, as Excel does.
        var read = SpreadsheetReader.Read(new MemoryStream(output.ToArray()), "wide.xlsx");
        Assert.Null(read.Problem);
        Assert.Equal([header, values], read.Rows);
    }
}
