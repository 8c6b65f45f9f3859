namespace CareCommissioning.Web.Infrastructure.Export;

/// <summary>
/// A table as a download, an Excel spreadsheet when <c>xlsx</c> is asked for and CSV otherwise: every "download as
/// CSV or Excel" link of the product answers through here, so both formats hold the same cells.
/// </summary>
public static class TableFile
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <param name="name">The file name without its extension.</param>
    public static FileResult Of(
        string? format,
        string sheet,
        IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows,
        string name
    )
    {
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var stream = new MemoryStream();
            XlsxWriter.Write(stream, sheet, [header, .. rows]);
            stream.Position = 0;
            return new FileStreamResult(stream, XlsxType) { FileDownloadName = name + ".xlsx" };
        }
        return new FileContentResult(Csv.Build(header, rows), "text/csv; charset=utf-8")
        {
            FileDownloadName = name + ".csv",
        };
    }

    /// <summary>A record's name as part of a file name: lower case, letters and digits, the rest hyphens.</summary>
    public static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')).Trim('-');
}
