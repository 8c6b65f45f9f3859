using System.Globalization;
using System.Text;

namespace CareCommissioning.Web.Pages.Reference;

/// <summary>One CPV code and its description.</summary>
public sealed record CpvEntry(string Code, string Description);

/// <summary>
/// The CPV 2008 list indexed once in memory for search (the page <c>/reference/cpv</c>, the autocomplete's <c>GET
/// /api/v1/cpv</c>). A query is split into words: a word of digits (a hyphen allowed) must begin the code, any other
/// word must begin a word of the description, case and accents aside ("home care" finds "Home care services"; "8531"
/// finds 85310000-5 and everything below it). Results come ordered with the best match first: the exact code, then
/// descriptions that begin with the first word, then the broader (shorter) codes before the narrower, then by code. A
/// scan of 9,454 short rows takes well under a millisecond.
/// </summary>
public sealed class CpvIndex
{
    public const int MaxQueryLength = 100;
    private readonly Row[] _rows;

    private sealed record Row(CpvEntry Entry, string Digits, int Depth, string Words);

    public CpvIndex(CpvCatalogue catalogue)
    {
        _rows = catalogue
            .Entries.OrderBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new Row(
                new CpvEntry(e.Code, e.Description),
                e.Code[..8],
                CpvCode.Root(e.Code).Length,
                " " + Fold(e.Description) + " "
            ))
            .ToArray();
    }

    private static readonly Lazy<CpvIndex> StandardIndex = new(() => new CpvIndex(CpvCatalogue.Standard));

    /// <summary>The index of the CPV list shipped with the product, built on first use.</summary>
    public static CpvIndex Standard => StandardIndex.Value;

    public int Count => _rows.Length;

    /// <summary>The divisions (two-digit codes), the top of the hierarchy, to browse from when nothing is
    /// searched.</summary>
    public IReadOnlyList<CpvEntry> Divisions =>
        _rows.Where(r => r.Digits.EndsWith("000000", StringComparison.Ordinal)).Select(r => r.Entry).ToList();

    public sealed record Result(IReadOnlyList<CpvEntry> Items, int Total);

    /// <summary>Matches for <paramref name="query"/>: <paramref name="take"/> of them after skipping <paramref
    /// name="skip"/>, and how many in all.</summary>
    public Result Search(string? query, int skip, int take)
    {
        var (codePrefixes, words) = Parse(query);
        if (codePrefixes.Count == 0 && words.Count == 0)
            return new Result([], 0);

        var matches = new List<Row>();
        foreach (var row in _rows)
        {
            var ok = true;
            foreach (var prefix in codePrefixes)
                if (!row.Digits.StartsWith(prefix, StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            if (!ok)
                continue;
            foreach (var word in words)
                if (!row.Words.Contains(word, StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            if (ok)
                matches.Add(row);
        }

        var exact = codePrefixes.Count == 1 ? codePrefixes[0] : null;
        var first = words.Count > 0 ? words[0][1..] : null;
        var ordered = matches
            .OrderBy(r => exact is not null && r.Digits == exact.PadRight(8, '0') ? 0 : 1)
            .ThenBy(r => first is not null && r.Words.StartsWith(" " + first, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(r => r.Depth)
            .ThenBy(r => r.Digits, StringComparer.Ordinal);
        return new Result(
            ordered.Skip(Math.Max(0, skip)).Take(Math.Max(0, take)).Select(r => r.Entry).ToList(),
            matches.Count
        );
    }

    /// <summary>Code prefixes (digits only, at most eight) and description words (each with a leading space, to match
    /// word starts).</summary>
    private static (List<string> Codes, List<string> Words) Parse(string? query)
    {
        var codes = new List<string>();
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(query))
            return (codes, words);
        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        foreach (var token in text.Split([' ', ',', ';', '/', '(', ')', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = token.Trim('.', '\'', '"');
            if (t.Length == 0)
                continue;
            if (IsCode(t))
            {
                var digits = t.Replace("-", "");
                codes.Add(digits.Length > 8 ? digits[..8] : digits);
            }
            else if (Fold(t) is { Length: > 0 } folded)
            {
                foreach (var part in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    words.Add(" " + part);
            }
        }
        return (codes, words);
    }

    private static bool IsCode(string token) =>
        token.Any(char.IsAsciiDigit) && token.All(c => char.IsAsciiDigit(c) || c == '-');

    /// <summary>Lower case, accents removed, anything but letters and digits a space.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return sb.ToString().Trim();
    }
}
