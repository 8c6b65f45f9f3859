using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: the GOV.UK error summary built from ModelState, one link per field in error,
/// pointing at the field (the day part of a date). Renders nothing when the form is valid; when it shows, the layout
/// puts "Error: " before the title (<see cref="ErrorTitle"/>). A page whose errors are fixed
/// elsewhere (check your answers) gives <see cref="LinkFor"/>: <c>&lt;govuk-error-summary link-for="Model.ErrorLink"
/// /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>
    /// Where an error links when its field is not on this page: given the ModelState key, the address of the page that
    /// asks it, or null for the usual link to the field here. Every error under such a key is listed, since no inline
    /// message on this page repeats them.
    /// </summary>
    [HtmlAttributeName("link-for")]
    public Func<string, string?>? LinkFor { get; set; }

    /// <summary>
    /// The place of each error that is not a property of the page model (so has no declaration order), given its
    /// ModelState key; with <see cref="LinkFor"/>, the order of the pages that ask the questions.
    /// </summary>
    public Func<string, int>? OrderFor { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }
        ErrorTitle.MarkShown(ViewContext.HttpContext);
        var items = new StringBuilder();
        // ModelState keeps its keys sorted; list the errors in the order the fields appear (their declaration order).
        var model = ViewContext.ViewData.Model;
        foreach (
            var (key, entry) in state
                .OrderBy(kv => DeclarationOrder(model, kv.Key), OrderComparer)
                .ThenBy(kv => OrderFor?.Invoke(kv.Key) ?? 0)
        )
        {
            if (entry is null || entry.Errors.Count == 0)
                continue;
            var message = HtmlEncoder.Default.Encode(entry.Errors[0].ErrorMessage);
            if (key.Length == 0)
            {
                // Errors about the whole form (such as every reason a step is refused) are all listed; a field shows
                // its first.
                foreach (var error in entry.Errors)
                    items.Append($"<li>{HtmlEncoder.Default.Encode(error.ErrorMessage)}</li>");
                continue;
            }
            if (LinkFor?.Invoke(key) is { } href)
            {
                foreach (var error in entry.Errors)
                    items.Append(
                        $"<li><a href=\"{HtmlEncoder.Default.Encode(href)}\">{HtmlEncoder.Default.Encode(error.ErrorMessage)}</a></li>"
                    );
                continue;
            }
            var id = TagBuilder.CreateSanitizedId(key, "_");
            if (IsDate(ViewContext.ViewData.Model, key))
                id += "-day";
            items.Append($"<li><a href=\"#{id}\">{message}</a></li>");
        }
        output.Content.SetHtmlContent(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">"
                + "<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">"
                + $"<ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div></div>"
        );
    }

    private static readonly Comparer<int[]> OrderComparer = Comparer<int[]>.Create(
        (a, b) =>
        {
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
                if (a[i] != b[i])
                    return a[i].CompareTo(b[i]);
            return a.Length.CompareTo(b.Length);
        }
    );

    /// <summary>
    /// The position of each part of a key such as <c>Input.ReviewDate.Day</c> among its type's properties, in source
    /// order; a form-level error (empty key) comes first and keys that are not properties come last.
    /// </summary>
    private static int[] DeclarationOrder(object? model, string key)
    {
        if (key.Length == 0)
            return [-1];
        var type = model?.GetType();
        var order = new List<int>();
        foreach (var part in key.Split('.'))
        {
            var properties = type?.GetProperties().OrderBy(p => p.MetadataToken).ToList();
            var index = properties?.FindIndex(p => p.Name == part) ?? -1;
            if (index < 0)
            {
                order.Add(int.MaxValue);
                break;
            }
            order.Add(index);
            type = properties![index].PropertyType;
        }
        return [.. order];
    }

    /// <summary>Follows a ModelState key such as <c>Input.ReviewDate</c> through the page model to see if it is a date
    /// input.</summary>
    private static bool IsDate(object? model, string key)
    {
        var type = model?.GetType();
        foreach (var part in key.Split('.'))
        {
            var property = type?.GetProperty(part);
            if (property is null)
                return false;
            type = property.PropertyType;
        }
        return type == typeof(DateInputModel);
    }
}
