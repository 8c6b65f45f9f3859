using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary>
/// Shared plumbing of the GOV.UK form tag helpers: the field's name, id, posted or model value and error message
/// all come from the bound expression and ModelState, so an invalid form re-renders with the user's answers kept.
/// </summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;
    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");
    protected string HintId => Id + "-hint";
    protected string ErrorId => Id + "-error";

    protected string? Error
    {
        get
        {
            var entry = ViewContext.ViewData.ModelState[Name];
            return entry is { Errors.Count: > 0 } ? entry.Errors[0].ErrorMessage : null;
        }
    }

    /// <summary>The attempted value after a failed post, otherwise the model's value.</summary>
    protected string? Value
    {
        get
        {
            var entry = ViewContext.ViewData.ModelState[Name];
            if (entry?.AttemptedValue is not null)
                return entry.AttemptedValue;
            return For.Model switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd"),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var v => v.ToString(),
            };
        }
    }

    protected IReadOnlyList<string> Values
    {
        get
        {
            var entry = ViewContext.ViewData.ModelState[Name];
            if (entry?.RawValue is string[] raw)
                return raw;
            if (entry?.RawValue is string one)
                return [one];
            return For.Model switch
            {
                null => [],
                string s => [s],
                System.Collections.IEnumerable e => e.Cast<object>().Select(o => o.ToString()!).ToList(),
                var v => [v.ToString()!],
            };
        }
    }

    protected static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    protected string DescribedBy(params string?[] extra)
    {
        var ids = new List<string>();
        if (Hint is not null)
            ids.Add(HintId);
        if (Error is not null)
            ids.Add(ErrorId);
        ids.AddRange(extra.Where(x => x is not null)!);
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected string HintHtml => Hint is null ? "" : $"<div id=\"{HintId}\" class=\"govuk-hint\">{E(Hint)}</div>";

    protected string ErrorHtml =>
        Error is null
            ? ""
            : $"<p id=\"{ErrorId}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(Error)}</p>";

    protected string GroupClass => "govuk-form-group" + (Error is null ? "" : " govuk-form-group--error");

    protected static void Replace(TagHelperOutput output, string html)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(html);
    }
}
