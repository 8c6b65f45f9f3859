using System.Xml;
using CsvHelper;

namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// Reads the first sheet of an XLSX workbook, or a CSV file, into rows of cell text. Every limit applies while the file
/// is read, before its contents are held: the upload's size, the bytes a workbook inflates to, the rows, the cells,
/// the length of a line and of a cell, and the time taken. A file that is not what its name says, or that passes a
/// limit, gets a plain message, not an error page.
/// </summary>
public static class SpreadsheetReader
{
    public const long MaxBytes = 1_000_000;
    public const int MaxRows = 1_000;
    public const int MaxColumns = 50;

    /// <summary>Cells read, counting those in columns past <see cref="MaxColumns"/>, which are read and
    /// ignored.</summary>
    public const int MaxCells = MaxRows * MaxColumns;

    /// <summary>As Excel allows in a cell.</summary>
    public const int MaxCellLength = 32_767;
    public const int MaxLineLength = 100_000;

    /// <summary>What all the parts of a workbook may inflate to, together: a sheet at the row and column limits is
    /// a few megabytes.</summary>
    public const int MaxInflatedBytes = 20_000_000;
    public const int MaxParts = 1_000;
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    public const string TooLargeMessage = "The selected file must be smaller than 1 MB";
    public const string TooMuchDataMessage =
        "The workbook holds too much data to import. Copy the rows into the template and upload that";
    public const string DtdMessage =
        "The workbook contains a document type declaration (DTD), which is not allowed. Save it from Excel as an "
        + "Excel workbook (.xlsx) and try again";
    public const string CellTooLongMessage = "A cell in the file is longer than 32,767 characters";
    public const string LineTooLongMessage = "A line in the file is longer than 100,000 characters";
    public const string TooSlowMessage =
        "The file took too long to read. Copy the rows into the template and upload that";

    public sealed record Result(IReadOnlyList<IReadOnlyList<string>> Rows, string? Problem);

    public static Result Read(Stream content, string fileName) => Read(content, fileName, TimeProvider.System);

    public static Result Read(Stream content, string fileName, SheetLimits limits) =>
        Read(content, fileName, TimeProvider.System, limits);

    /// <summary>Reads with <paramref name="clock"/> timing the read (a test's clock can make it slow).</summary>
    public static Result Read(Stream content, string fileName, TimeProvider clock, SheetLimits? limits = null)
    {
        limits ??= SheetLimits.Standard;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var deadline = new ReadDeadline(clock, MaxTime);
        try
        {
            return extension switch
            {
                ".csv" => new(CsvSheetReader.Read(Bounded(content, limits), deadline, limits), null),
                ".xlsx" => new(ReadXlsx(Bounded(content, limits), deadline, limits), null),
                _ => new([], "The file must be a CSV or an Excel workbook (.xlsx)"),
            };
        }
        catch (ImportLimitException e)
        {
            return new([], e.Message);
        }
        catch (Exception e)
            when (e
                    is CsvHelperException
                        or InvalidDataException
                        or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                        or IOException
                        or FormatException
                        or XmlException
                        or ArgumentOutOfRangeException
            )
        {
            return new(
                [],
                extension == ".csv"
                    ? "The file could not be read as CSV. Save it from your spreadsheet as CSV (comma delimited) and try again."
                    : "The file could not be read as an Excel workbook. Save it as .xlsx and try again."
            );
        }
    }

    private static List<IReadOnlyList<string>> ReadXlsx(MemoryStream content, ReadDeadline deadline, SheetLimits limits)
    {
        XlsxPackageCheck.Check(content, deadline, limits);
        return XlsxSheetReader.Read(content, deadline, limits);
    }

    /// <summary>
    /// Copies the upload into memory, reading no more than one buffer past the limit's bytes: the size a client
    /// declares is not trusted, and the zip reader needs to seek.
    /// </summary>
    private static MemoryStream Bounded(Stream content, SheetLimits limits)
    {
        var copy = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int n;
        while ((n = content.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, n);
            if (copy.Length > limits.MaxBytes)
                throw new ImportLimitException(limits.TooLargeMessage);
        }
        copy.Position = 0;
        return copy;
    }
}
