using System.Text.Json;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// A readable account of a change to a field stored as a JSON document (an appraisal's content): which of its parts
/// changed, rather than two walls of JSON. The full text stays in the audit trail and in the frozen versions.
/// </summary>
public static class JsonFieldSummary
{
    public const int LongValue = 400;

    public static bool IsDocument(string? value) => value is { Length: > 1 } v && v[0] == '{' && v.Length > LongValue;

    /// <summary>The names of the top-level parts that differ, or null when the values are not JSON objects.</summary>
    public static IReadOnlyList<string>? ChangedParts(string? before, string? after)
    {
        try
        {
            var a = Parts(before);
            var b = Parts(after);
            return a
                .Keys.Union(b.Keys)
                .Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k))
                .Select(Words)
                .ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> Parts(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind != JsonValueKind.Object
            ? []
            : doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
    }

    private static string Words(string camel) =>
        string.Concat(
            camel.Select(
                (c, i) =>
                    i > 0 && char.IsUpper(c)
                        ? " " + char.ToLowerInvariant(c)
                        : (i == 0 ? char.ToUpperInvariant(c) : c).ToString()
            )
        );
}
