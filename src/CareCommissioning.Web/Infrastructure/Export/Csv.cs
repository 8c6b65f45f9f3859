using System.Text;

namespace CareCommissioning.Web.Infrastructure.Export;

/// <summary>
/// RFC 4180 CSV for downloads. Cells that a spreadsheet would run as a formula are prefixed with a single quote
/// (<see cref="FormulaText"/>), so a hostile value cannot execute when the file is opened.
/// </summary>
public static class Csv
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        value = FormulaText.Defuse(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static byte[] Build(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', header.Select(Cell))).Append("\r\n");
        foreach (var row in rows)
            sb.Append(string.Join(',', row.Select(Cell))).Append("\r\n");
        // A byte-order mark makes spreadsheet programs read the file as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }
}
