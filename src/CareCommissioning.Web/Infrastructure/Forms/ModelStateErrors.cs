using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Infrastructure.Forms;

/// <summary>Puts the domain's field errors on the form fields they belong to, one message a field.</summary>
public static class ModelStateErrors
{
    /// <summary>
    /// Adds each error under <c>prefix.Field</c> (or under <paramref name="keyFor"/>'s key where the form names the
    /// field differently), unless that field already has an error — the form's own check (such as "must be a number")
    /// is the more useful message. An empty key is a form-level error and is always added.
    /// </summary>
    public static void AddDomainErrors(
        this ModelStateDictionary state,
        string prefix,
        IEnumerable<FieldError> errors,
        Func<string, string>? keyFor = null
    )
    {
        foreach (var e in errors)
        {
            // A refusal of the whole move (field "") goes to the summary alone, whatever the prefix.
            var key =
                e.Field.Length == 0
                    ? ""
                    : keyFor?.Invoke(e.Field) ?? (string.IsNullOrEmpty(prefix) ? e.Field : $"{prefix}.{e.Field}");
            if (key.Length == 0 || state[key]?.Errors.Count is null or 0)
                state.AddModelError(key, e.Message);
        }
    }

    /// <summary>
    /// Maps a domain field such as <c>Criteria[n].Weight</c> back to the table row the user typed it in
    /// (<c>Rows[k].Weight</c>, where
    /// <paramref name="rows"/>[n] = k, blank rows having been skipped); a field about the whole list maps to the form
    /// ("").
    /// </summary>
    public static Func<string, string> RowKeys(string list, IReadOnlyList<int> rows, string form = "Rows") =>
        field =>
            field.StartsWith(list + "[", StringComparison.Ordinal) && field.IndexOf(']') is var close and > 0
                ? $"{form}[{rows[int.Parse(field[(list.Length + 1)..close], System.Globalization.CultureInfo.InvariantCulture)]}]{field[(close + 1)..]}"
                : string.Empty;
}
