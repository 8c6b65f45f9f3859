namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// How much of a spreadsheet an import reads: the upload's bytes, its rows, what a workbook may inflate to, and what a
/// person is told when the file is too large. Most imports take a page of figures (<see cref="Standard"/>); a pool's
/// spend export from a finance system is tens of thousands of rows (<see cref="FinanceExport"/>).
/// </summary>
public sealed record SheetLimits(long MaxBytes, int MaxRows, int MaxInflatedBytes, string TooLargeMessage)
{
    public static readonly SheetLimits Standard = new(
        SpreadsheetReader.MaxBytes,
        SpreadsheetReader.MaxRows,
        SpreadsheetReader.MaxInflatedBytes,
        SpreadsheetReader.TooLargeMessage
    );

    /// <summary>60,000 rows of five columns fit in 8 MB of CSV, and inflate to well under 100 MB as a
    /// workbook.</summary>
    public static readonly SheetLimits FinanceExport = new(
        8_000_000,
        60_000,
        100_000_000,
        "The selected file must be smaller than 8 MB"
    );

    /// <summary>Cells read, counting those in columns past <see cref="SpreadsheetReader.MaxColumns"/>, which are read
    /// and ignored.</summary>
    public int MaxCells => MaxRows * SpreadsheetReader.MaxColumns;
}
