using System.Globalization;

namespace CareCommissioning.Domain.Common;

/// <summary>
/// The parts every spreadsheet import shares (demand figures, a pool's spend): the header must name the template's
/// columns in order, blank rows are skipped, and each data row keeps the row number a person sees in their
/// spreadsheet, so every problem can name it.
/// </summary>
public static class SheetRows
{
    /// <summary>A data row with its spreadsheet row number (the header is row 1).</summary>
    public readonly record struct Row(IReadOnlyList<string> Cells, int Number)
    {
        /// <summary>The trimmed text of a cell, or "" past the row's end.</summary>
        public string Cell(int index) => index < Cells.Count ? Cells[index].Trim() : "";
    }

    /// <summary>
    /// What is wrong with the header, or null when it names <paramref name="columns"/> in order. At least
    /// <paramref name="required"/> columns must be there; later ones may be left off.
    /// </summary>
    public static string? HeaderProblem(
        IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<string> columns,
        int required
    )
    {
        if (rows.Count == 0)
            return "The file is empty. Use the template: a header row, then the rows of figures.";
        var header = rows[0].Select(h => h.Trim()).ToList();
        while (header.Count > 0 && header[^1].Length == 0)
            header.RemoveAt(header.Count - 1);
        return
            header.Count >= required
            && header.Count <= columns.Count
            && header.SequenceEqual(columns.Take(header.Count), StringComparer.OrdinalIgnoreCase)
            ? null
            : $"The columns must be {string.Join(", ", columns)}, in that order, as in the template. The file has: {(header.Count == 0 ? "no header" : string.Join(", ", header))}.";
    }

    /// <summary>The rows under the header that have anything in them.</summary>
    public static List<Row> Data(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var data = new List<Row>(Math.Max(0, rows.Count - 1));
        for (var i = 1; i < rows.Count; i++)
            if (rows[i].Any(c => !string.IsNullOrWhiteSpace(c)))
                data.Add(new Row(rows[i], i + 1));
        return data;
    }

    /// <summary>A rule's message as part of a row's sentence: "Row 4: enter …".</summary>
    public static string Lower(string message) => char.ToLowerInvariant(message[0]) + message[1..];

    /// <summary>A date cell: 2026-04-01, 1/4/2026, 1 April 2026 or Excel's day number. A cell that is none of these
    /// adds "the <paramref name="what"/> must be a date…" to <paramref name="problems"/>; an empty one is
    /// null.</summary>
    public static DateOnly? Date(string text, string what, List<string> problems)
    {
        if (text.Length == 0)
            return null;
        string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        // Excel keeps a date as the number of days since 30 December 1899.
        if (
            double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)
            && serial is > 1 and < 100_000
        )
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        problems.Add($"the {what} must be a date like 2026-04-01 or 1/4/2026");
        return null;
    }
}
