using System.Globalization;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// Purchase order numbers, <c>PO-{year}-{sequence:000000}</c>, e.g. PO-2026-000123: the calendar year of issue and a
/// sequence that starts at 1 each year in each organisation (the store keeps the sequence unique per organisation).
/// </summary>
public static class OrderNumber
{
    public const int MaxSequence = 999_999;

    public static string Format(int year, int sequence)
    {
        if (year is < 2000 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 2000 to 9999.");
        if (sequence is < 1 or > MaxSequence)
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"Sequence must be 1 to {MaxSequence}.");
        return string.Create(CultureInfo.InvariantCulture, $"PO-{year}-{sequence:000000}");
    }

    public static bool TryParse(string? text, out int year, out int sequence)
    {
        year = sequence = 0;
        if (text is not { Length: 14 } || !text.StartsWith("PO-", StringComparison.Ordinal) || text[7] != '-')
            return false;
        return int.TryParse(text.AsSpan(3, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(text.AsSpan(8, 6), NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence >= 1;
    }

    /// <summary>The next number for an order issued on <paramref name="issuedOn"/>, given the organisation's existing
    /// numbers.</summary>
    public static string Next(IEnumerable<string> existing, DateOnly issuedOn)
    {
        var last = existing
            .Select(n => TryParse(n, out var y, out var s) && y == issuedOn.Year ? s : 0)
            .DefaultIfEmpty(0)
            .Max();
        return Format(issuedOn.Year, last + 1);
    }
}
