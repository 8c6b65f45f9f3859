using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>Reads a CSV file into rows of cell text, stopping at the first limit on lines, cells or rows.</summary>
internal static class CsvSheetReader
{
    public static List<IReadOnlyList<string>> Read(Stream content, ReadDeadline deadline, SheetLimits limits)
    {
        using var reader = new BoundedTextReader(
            new StreamReader(content, detectEncodingFromByteOrderMarks: true),
            SpreadsheetReader.MaxLineLength
        );
        using var parser = new CsvParser(
            reader,
            new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, BadDataFound = null }
        );
        var rows = new List<IReadOnlyList<string>>();
        var cells = 0;
        while (parser.Read())
        {
            if (rows.Count >= limits.MaxRows)
                throw new ImportLimitException($"The file has more than {limits.MaxRows:N0} rows");
            if ((cells += parser.Count) > limits.MaxCells)
                throw new ImportLimitException($"The file has more than {limits.MaxCells:N0} cells");
            deadline.Check();
            var record = parser.Record ?? [];
            // A quoted cell can run over several lines, past the limit on a line's length.
            if (record.Any(cell => cell.Length > SpreadsheetReader.MaxCellLength))
                throw new ImportLimitException(SpreadsheetReader.CellTooLongMessage);
            rows.Add(record.Take(SpreadsheetReader.MaxColumns).ToArray());
        }
        return rows;
    }
}
