using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// Reads the first sheet of an XLSX workbook, or a CSV file, into rows of cell text. Files are bounded in size and rows
/// so an upload cannot tie up the server; a file that is not what its name says gets a plain message, not an error
/// page.
/// </summary>
public static class SpreadsheetReader
{
    public const long MaxBytes = 1_000_000;
    public const int MaxRows = 1_000;
    public const int MaxColumns = 50;

    public sealed record Result(IReadOnlyList<IReadOnlyList<string>> Rows, string? Problem);

    public static Result Read(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" => new(ReadCsv(content), null),
                ".xlsx" => new(ReadXlsx(content), null),
                _ => new([], "The file must be a CSV or an Excel workbook (.xlsx)"),
            };
        }
        catch (Exception e)
            when (e
                    is CsvHelperException
                        or InvalidDataException
                        or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                        or System.IO.IOException
                        or FormatException
            )
        {
            return new(
                [],
                extension == ".csv"
                    ? "The file could not be read as CSV. Save it from your spreadsheet as CSV (comma delimited) and try again."
                    : "The file could not be read as an Excel workbook. Save it as .xlsx and try again."
            );
        }
        catch (TooManyRowsException)
        {
            return new([], $"The file has more than {MaxRows:N0} rows");
        }
    }

    private sealed class TooManyRowsException : Exception;

    private static List<IReadOnlyList<string>> ReadCsv(Stream content)
    {
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(
            reader,
            new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, BadDataFound = null }
        );
        var rows = new List<IReadOnlyList<string>>();
        while (parser.Read())
        {
            if (rows.Count >= MaxRows)
                throw new TooManyRowsException();
            rows.Add(parser.Record?.Take(MaxColumns).ToArray() ?? []);
        }
        return rows;
    }

    private static List<IReadOnlyList<string>> ReadXlsx(Stream content)
    {
        using var workbook = SpreadsheetDocument.Open(content, isEditable: false);
        var part = workbook.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var firstSheet = part.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("No sheet.");
        var sheet = (WorksheetPart)part.GetPartById(firstSheet.Id!);
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
            .Select(s => s.InnerText)
            .ToList()
            ?? [];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            if (rows.Count >= MaxRows)
                throw new TooManyRowsException();
            var index = (int)(row.RowIndex?.Value ?? (uint)rows.Count + 1);
            while (rows.Count < index - 1)
                rows.Add([]); // blank rows keep the row numbers people see in Excel
            var cells = new string[MaxColumns];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = Column(cell.CellReference?.Value);
                if (column < 0 || column >= MaxColumns)
                    continue;
                cells[column] = Text(cell, shared);
            }
            var last = Array.FindLastIndex(cells, c => c is not null);
            rows.Add(cells.Take(last + 1).Select(c => c ?? "").ToArray());
        }
        return rows;
    }

    private static string Text(Cell cell, IReadOnlyList<string> shared)
    {
        var value = cell.CellValue?.InnerText ?? cell.InlineString?.InnerText ?? "";
        if (
            cell.DataType?.Value == CellValues.SharedString
            && int.TryParse(value, out var i)
            && i >= 0
            && i < shared.Count
        )
            return shared[i];
        return value;
    }

    /// <summary>"C7" → 2.</summary>
    private static int Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return -1;
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
            n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return n - 1;
    }
}
