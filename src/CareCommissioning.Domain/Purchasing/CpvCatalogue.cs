using System.Reflection;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// The CPV 2008 codes and descriptions. A code exists when it is in the list <em>with its check digit</em>: the list is
/// the authority for the check digit, not a formula. The check-digit rule published with the CPV does not reproduce the
/// 2008 list, as the EU Publications Office acknowledged (OP-TED/ePO discussion 589, March 2024: "an error made ... in
/// the last revision of the CPV in 2008"), so a computed digit would refuse real codes.
/// </summary>
public sealed class CpvCatalogue
{
    private readonly Dictionary<string, (string Code, string Description)> _byDigits;

    public CpvCatalogue(IEnumerable<(string Code, string Description)> entries)
    {
        _byDigits = new(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!CpvCode.IsWellFormed(e.Code))
                throw new ArgumentException(
                    $"'{e.Code}' is not a CPV code in the form {CpvCode.Example}.",
                    nameof(entries)
                );
            _byDigits[e.Code[..8]] = e;
        }
    }

    /// <summary>What to type, for a code in neither form.</summary>
    public const string FormatMessage =
        "Enter the CPV code as 8 digits, for example 85311200, or with its check digit after a hyphen, 85311200-4";

    private static readonly Lazy<CpvCatalogue> StandardCatalogue = new(LoadStandard);

    /// <summary>The CPV 2008 main vocabulary shipped in this assembly (9,454 codes).</summary>
    public static CpvCatalogue Standard => StandardCatalogue.Value;

    public int Count => _byDigits.Count;

    public IEnumerable<(string Code, string Description)> Entries => _byDigits.Values;

    /// <summary>True when the code, check digit included, is in the list.</summary>
    public bool Contains(string? code) =>
        CpvCode.IsWellFormed(code) && _byDigits.TryGetValue(code![..8], out var e) && e.Code == code;

    public string? Description(string? code) => Contains(code) ? _byDigits[code![..8]].Description : null;

    /// <summary>
    /// The stored form of a code typed either way: <c>85311000-2</c> as given (spaces trimmed), and <c>85311000</c>
    /// with the check digit this list gives it. Null when it is neither form, or eight digits not on the list.
    /// </summary>
    public string? Normalise(string? text)
    {
        var code = text?.Trim();
        if (CpvCode.IsWellFormed(code))
            return code;
        return CpvCode.IsEightDigits(code) && _byDigits.TryGetValue(code!, out var e) ? e.Code : null;
    }

    /// <summary>Why <paramref name="text"/> is not a CPV code on the list, for the field named, or null when it
    /// is.</summary>
    public FieldError? Check(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new(field, "Enter a CPV code, for example " + CpvCode.Example);
        var trimmed = text.Trim();
        if (CpvCode.IsEightDigits(trimmed))
            return _byDigits.ContainsKey(trimmed)
                ? null
                : new(field, $"{trimmed} is not a CPV code: search for the goods or service by name");
        var code = Normalise(trimmed);
        if (code is null)
            return new(field, FormatMessage);
        if (Contains(code))
            return null;
        return _byDigits.TryGetValue(code[..8], out var near)
            ? new(field, $"The last digit of {code} is wrong: the CPV code for '{near.Description}' is {near.Code}")
            : new(field, $"{code} is not a CPV code: search for the goods or service by name");
    }

    private static CpvCatalogue LoadStandard()
    {
        using var stream = Assembly
            .GetExecutingAssembly()
            .GetManifestResourceStream("CareCommissioning.Domain.Purchasing.cpv2008.csv")
            ?? throw new InvalidOperationException("The CPV 2008 list is missing from the domain assembly.");
        using var reader = new StreamReader(stream);
        return new CpvCatalogue(ParseCsv(reader));
    }

    /// <summary>Reads <c>code,description</c> rows after a header; descriptions may be quoted with doubled quotes
    /// inside.</summary>
    public static IEnumerable<(string Code, string Description)> ParseCsv(TextReader reader)
    {
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var comma = line.IndexOf(',');
            var code = line[..comma];
            var rest = line[(comma + 1)..];
            var description = rest.StartsWith('"') && rest.EndsWith('"') ? rest[1..^1].Replace("\"\"", "\"") : rest;
            yield return (code, description);
        }
    }
}
