namespace CareCommissioning.Web.Infrastructure.Paging;

/// <summary>Turns what a user typed into a case-insensitive LIKE pattern, with LIKE's own wildcards taken
/// literally.</summary>
public static class TextSearch
{
    public const string Escape = "\\";

    /// <summary>The most characters searched for; the rest of a longer text is ignored.</summary>
    public const int MaxLength = 100;

    /// <summary>Null when there is nothing to search for.</summary>
    public static string? Pattern(string? text) =>
        Text(text) is { } trimmed
            ? "%" + trimmed.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"
            : null;

    /// <summary>The text searched for: trimmed, at most <see cref="MaxLength"/> characters; null when there is nothing
    /// to search for.</summary>
    public static string? Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length <= MaxLength)
            return trimmed;
        // Never cut a character written as two UTF-16 units (a surrogate pair) in half.
        return trimmed[..(char.IsHighSurrogate(trimmed[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
    }
}
