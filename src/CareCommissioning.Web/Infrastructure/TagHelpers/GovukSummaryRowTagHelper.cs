using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-summary-row key="Name" change-href="/x/edit"&gt;@value&lt;/govuk-summary-row&gt;</c>: one row of a
/// GOV.UK summary list inside <c>&lt;dl class="govuk-summary-list"&gt;</c>: the key, the value (the element's content,
/// so it may hold markup) and, when <see cref="ChangeHref"/> is given, a "Change" link whose hidden words say what
/// changes.
/// </summary>
[HtmlTargetElement("govuk-summary-row")]
public sealed class GovukSummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = "";

    /// <summary>Where the "Change" link goes; no link when null.</summary>
    public string? ChangeHref { get; set; }

    /// <summary>The link's visible word: "Change" unless given, such as "Manage".</summary>
    public string ChangeText { get; set; } = "Change";

    /// <summary>The visually hidden words after the link's word; the key in lower case unless given.</summary>
    public string? ChangeHidden { get; set; }

    /// <summary>
    /// Mark the row as having no action when it has no change link, as GOV.UK asks in a list where other rows have one
    /// (<c>govuk-summary-list__row--no-actions</c>).
    /// </summary>
    public bool NoActions { get; set; }

    /// <summary>Extra classes for the value, such as <c>govuk-!-text-break-word</c>.</summary>
    public string? ValueClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = (await output.GetChildContentAsync()).GetContent();
        var e = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute(
            "class",
            "govuk-summary-list__row" + (NoActions && ChangeHref is null ? " govuk-summary-list__row--no-actions" : "")
        );
        var actions = ChangeHref is null
            ? ""
            : $"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{e.Encode(ChangeHref)}\">{e.Encode(ChangeText)}"
                + $"<span class=\"govuk-visually-hidden\"> {e.Encode(ChangeHidden ?? Key.ToLowerInvariant())}</span></a></dd>";
        output.Content.SetHtmlContent(
            $"<dt class=\"govuk-summary-list__key\">{e.Encode(Key)}</dt>"
                + $"<dd class=\"govuk-summary-list__value{(ValueClass is null ? "" : " " + e.Encode(ValueClass))}\">{value}</dd>{actions}"
        );
    }
}
