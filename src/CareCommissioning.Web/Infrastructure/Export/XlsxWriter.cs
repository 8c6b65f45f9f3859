using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareCommissioning.Web.Infrastructure.Export;

/// <summary>Writes rows of text as a one-sheet XLSX workbook, cells as inline strings (so years like 2026/27 stay as
/// typed), with formula-like text quoted as in the CSV downloads (<see cref="FormulaText"/>).</summary>
public static class XlsxWriter
{
    public static void Write(Stream output, string sheetName, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        foreach (var row in rows)
        {
            var xmlRow = new Row { RowIndex = r };
            for (var c = 0; c < row.Count; c++)
                xmlRow.Append(
                    new Cell
                    {
                        CellReference = ColumnName(c) + r,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(FormulaText.Defuse(row[c]))),
                    }
                );
            data.Append(xmlRow);
            r++;
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(
            new Sheets(
                new Sheet
                {
                    Id = workbook.GetIdOfPart(sheetPart),
                    SheetId = 1,
                    Name = sheetName,
                }
            )
        );
        workbook.Workbook.Save();
    }

    /// <summary>The letters Excel names the column with zero-based <paramref name="index"/> by: 0 is A, 25 is Z, 26 is
    /// AA, 701 is ZZ, 702 is AAA. Letters in base 26 with no zero digit, so they are peeled off from the
    /// right.</summary>
    public static string ColumnName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = new Stack<char>();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters.Push((char)('A' + (n - 1) % 26));
        return string.Concat(letters);
    }
}
