namespace CareCommissioning.Web.Infrastructure.Paging;

/// <summary>Turns what a user typed into a case-insensitive LIKE pattern, with LIKE's own wildcards taken literally.</summary>
public static class TextSearch
{
    public const string Escape = "\\";

    /// <summary>Null when there is nothing to search for.</summary>
    public static string? Pattern(string? text) =>
        Text(text) is { } trimmed ? "%" + trimmed.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%" : null;

    /// <summary>The text searched for: trimmed, at most 100 characters; null when there is nothing to search for.</summary>
    public static string? Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        return trimmed.Length > 100 ? trimmed[..100] : trimmed;
    }
}
