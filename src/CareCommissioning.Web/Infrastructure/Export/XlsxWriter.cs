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
                        CellReference = $"{(char)('A' + c)}{r}",
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
}
