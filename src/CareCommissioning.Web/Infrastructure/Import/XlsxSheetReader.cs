using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// Reads the first sheet of a workbook that <see cref="XlsxPackageCheck"/> has passed, with the SDK's forward-only
/// <see cref="OpenXmlReader"/>: one cell is held at a time, never the whole sheet, and the limits on rows and cells
/// apply as each is reached.
/// </summary>
internal static class XlsxSheetReader
{
    public static List<IReadOnlyList<string>> Read(Stream content, ReadDeadline deadline, SheetLimits limits)
    {
        // The SDK's own limit on a part as well, in case a part is read that the check did not foresee.
        var settings = new OpenSettings { MaxCharactersInPart = limits.MaxInflatedBytes };
        using var workbook = SpreadsheetDocument.Open(content, isEditable: false, settings);
        var part = workbook.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var sheetId = FirstSheetId(part) ?? throw new InvalidDataException("No sheet.");
        var sheet = part.GetPartById(sheetId) as WorksheetPart ?? throw new InvalidDataException("Not a worksheet.");
        var shared = part.SharedStringTablePart is { } strings ? SharedStrings(strings, deadline) : [];
        return Rows(sheet, shared, deadline, limits);
    }

    private static string? FirstSheetId(WorkbookPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.IsStartElement && reader.ElementType == typeof(Sheet))
                return ((Sheet)reader.LoadCurrentElement()!).Id?.Value;
        return null;
    }

    private static List<string> SharedStrings(SharedStringTablePart part, ReadDeadline deadline)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                // Loading an element moves the reader past it, so the next is looked at without reading on.
                strings.Add(reader.LoadCurrentElement()!.InnerText);
                if (strings.Count % 1_000 == 0)
                    deadline.Check();
                more = !reader.EOF;
                continue;
            }
            more = reader.Read();
        }
        return strings;
    }

    private static List<IReadOnlyList<string>> Rows(
        WorksheetPart sheet,
        List<string> shared,
        ReadDeadline deadline,
        SheetLimits limits
    )
    {
        var rows = new List<IReadOnlyList<string>>();
        string?[]? cells = null;
        var cellCount = 0;
        using var reader = OpenXmlReader.Create(sheet);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Row))
            {
                End(rows, cells);
                deadline.Check();
                Start(rows, RowNumber(reader) ?? rows.Count + 1, limits);
                cells = new string?[SpreadsheetReader.MaxColumns];
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(Cell))
            {
                if (++cellCount > limits.MaxCells)
                    throw new ImportLimitException($"The file has more than {limits.MaxCells:N0} cells");
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = Column(cell.CellReference?.Value);
                if (cells is not null && column >= 0 && column < SpreadsheetReader.MaxColumns)
                    cells[column] = Text(cell, shared);
                more = !reader.EOF; // loading the cell moved the reader past it
                continue;
            }
            more = reader.Read();
        }
        End(rows, cells);
        return rows;
    }

    /// <summary>Refuses a row past the limit before adding the blank rows that keep the numbers people see in
    /// Excel.</summary>
    private static void Start(List<IReadOnlyList<string>> rows, long number, SheetLimits limits)
    {
        if (rows.Count >= limits.MaxRows || number > limits.MaxRows)
            throw new ImportLimitException($"The file has more than {limits.MaxRows:N0} rows");
        while (rows.Count < number - 1)
            rows.Add([]);
    }

    private static void End(List<IReadOnlyList<string>> rows, string?[]? cells)
    {
        if (cells is null)
            return;
        var last = Array.FindLastIndex(cells, c => c is not null);
        rows.Add(cells.Take(last + 1).Select(c => c ?? "").ToArray());
    }

    private static long? RowNumber(OpenXmlReader reader) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value is { } r && long.TryParse(r, out var n)
            ? n
            : null;

    private static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.InnerText ?? cell.InlineString?.InnerText ?? "";
        if (
            cell.DataType?.Value == CellValues.SharedString
            && int.TryParse(value, out var i)
            && i >= 0
            && i < shared.Count
        )
            value = shared[i];
        return value.Length > SpreadsheetReader.MaxCellLength
            ? throw new ImportLimitException(SpreadsheetReader.CellTooLongMessage)
            : value;
    }

    /// <summary>"C7" → 2.</summary>
    private static int Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return -1;
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (n > SpreadsheetReader.MaxColumns)
                break; // beyond the columns read; stops a reference of a million letters overflowing
        }
        return n - 1;
    }
}
