namespace CareCommissioning.Web.Infrastructure.Paging;

/// <summary>Turns what a user typed into a case-insensitive LIKE pattern, with LIKE's own wildcards taken literally.</summary>
public static class TextSearch
{
    public const string Escape = "\\";

    /// <summary>Null when there is nothing to search for.</summary>
    public static string? Pattern(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (trimmed.Length > 100) trimmed = trimmed[..100];
        return "%" + trimmed.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
    }
}
