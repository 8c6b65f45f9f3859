using System.IO.Compression;
using System.Text;

namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// Checks a workbook's zip before the Open XML SDK opens it: the number of parts, the sizes they declare, and then the
/// bytes they really inflate to, counted while inflating (a declared size can lie) and stopped at the limit. Every part
/// is checked, as the SDK and System.IO.Packaging read some ([Content_Types].xml, the relationships) on opening. A part
/// that declares a document type is refused here with its own message: entities are the way to XXE and "billion
/// laughs" attacks, and Excel never writes one.
/// </summary>
internal static class XlsxPackageCheck
{
    private static readonly byte[][] Doctype =
    [
        Encoding.UTF8.GetBytes("<!DOCTYPE"),
        Encoding.Unicode.GetBytes("<!DOCTYPE"),
        Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE"),
    ];
    private static readonly int Overlap = Doctype.Max(d => d.Length) - 1;

    public static void Check(Stream content, ReadDeadline deadline, SheetLimits limits)
    {
        using (var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Count > SpreadsheetReader.MaxParts)
                throw new ImportLimitException(SpreadsheetReader.TooMuchDataMessage);
            if (zip.Entries.Sum(e => e.Length) > limits.MaxInflatedBytes)
                throw new ImportLimitException(SpreadsheetReader.TooMuchDataMessage);
            var buffer = new byte[64 * 1024];
            long total = 0;
            foreach (var entry in zip.Entries)
                total = Inflate(entry, buffer, total, deadline, limits);
        }
        content.Position = 0;
    }

    /// <summary>Inflates <paramref name="entry"/>, adding its bytes to <paramref name="total"/>.</summary>
    private static long Inflate(
        ZipArchiveEntry entry,
        byte[] buffer,
        long total,
        ReadDeadline deadline,
        SheetLimits limits
    )
    {
        using var stream = entry.Open();
        var carried = 0; // the end of the last read, so a "<!DOCTYPE" split between two reads is still seen
        int n;
        while ((n = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            total += n;
            if (total > limits.MaxInflatedBytes)
                throw new ImportLimitException(SpreadsheetReader.TooMuchDataMessage);
            var window = buffer.AsSpan(0, carried + n);
            foreach (var doctype in Doctype)
                if (window.IndexOf(doctype) >= 0)
                    throw new ImportLimitException(SpreadsheetReader.DtdMessage);
            carried = Math.Min(Overlap, window.Length);
            window[^carried..].CopyTo(buffer);
            deadline.Check();
        }
        return total;
    }
}
