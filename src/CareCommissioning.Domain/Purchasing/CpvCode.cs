namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// Helpers for Common Procurement Vocabulary codes in their official form <c>NNNNNNNN-C</c> (eight digits, a hyphen and
/// a check digit), the one form stored; people and imports may give the eight digits alone. The hierarchy is
/// positional: two digits are the division, the third the group, the fourth the class, the fifth the category; trailing
/// zeros mean "everything below". Whether a code exists is a question for <see cref="CpvCatalogue"/>.
/// </summary>
public static class CpvCode
{
    public const string Example = "85311200-4";

    /// <summary>True for exactly eight digits, a hyphen and one digit.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 10 }
        && code[8] == '-'
        && code.AsSpan(0, 8).IndexOfAnyExceptInRange('0', '9') < 0
        && char.IsAsciiDigit(code[9]);

    /// <summary>True for exactly eight digits: the form OCDS data, Contracts Finder and Find a Tender use.</summary>
    public static bool IsEightDigits(string? text) =>
        text is { Length: 8 } && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// The one stored form, <c>NNNNNNNN-C</c>, of a code typed either way (see <see cref="CpvCatalogue.Normalise"/>),
    /// with the CPV 2008 list supplying the check digit of eight digits; null when it is neither form, or eight digits
    /// not on the list. A code given with its check digit is returned as given: whether it exists is for <see
    /// cref="CpvCatalogue.Check"/>.
    /// </summary>
    public static string? Normalise(string? text) => CpvCatalogue.Standard.Normalise(text);

    /// <summary>The eight digits without the check digit, the form UK OCDS data uses.</summary>
    public static string Digits(string code) => Checked(code)[..8];

    /// <summary>The division: the first two digits, e.g. 85 for health and social work services.</summary>
    public static string Division(string code) => Checked(code)[..2];

    /// <summary>The significant digits: trailing zeros removed, but never shorter than the division.</summary>
    public static string Root(string code)
    {
        var digits = Digits(code).TrimEnd('0');
        return digits.Length >= 2 ? digits : Digits(code)[..2];
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="category"/> itself or sits below it in the
    /// hierarchy.</summary>
    public static bool IsWithin(string code, string category) =>
        Digits(code).StartsWith(Root(category), StringComparison.Ordinal);

    /// <summary>
    /// The group used to spot split purchases: the first three digits, or only the division when either code is a whole
    /// division (its third digit is 0), so a division-level code still meets its own groups.
    /// </summary>
    public static bool SameGroup(string a, string b)
    {
        var (da, db) = (Digits(a), Digits(b));
        if (da[..2] != db[..2])
            return false;
        return da[2] == '0' || db[2] == '0' || da[2] == db[2];
    }

    private static string Checked(string code) =>
        IsWellFormed(code)
            ? code
            : throw new ArgumentException($"'{code}' is not a CPV code in the form {Example}.", nameof(code));
}
