using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-radios&gt;</c> for one answer and <c>&lt;govuk-checkboxes&gt;</c> for several (bound to a list of
/// strings), each a fieldset with a legend. The first input keeps the field's id, so the error summary can link to it.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukChoicesTagHelper : GovukFieldTagHelper
{
    public string Legend { get; set; } = "";

    /// <summary>Render the legend as the page heading (one question on the page).</summary>
    public bool LegendIsHeading { get; set; }
    public bool Small { get; set; }
    public bool Inline { get; set; }
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Optional hint per item value.</summary>
    public IDictionary<string, string>? ItemHints { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var radios = output.TagName == "govuk-radios";
        var kind = radios ? "radios" : "checkboxes";
        var chosen = Values.ToHashSet();
        var items = new StringBuilder();
        var i = 0;
        foreach (var item in Items)
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var itemHint = ItemHints is not null && ItemHints.TryGetValue(item.Value, out var h) ? h : null;
            var hintAttr = itemHint is null ? "" : $" aria-describedby=\"{id}-item-hint\"";
            var isChecked = chosen.Contains(item.Value) ? " checked" : "";
            items.Append(
                $"<div class=\"govuk-{kind}__item\">"
                    + $"<input class=\"govuk-{kind}__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"{(radios ? "radio" : "checkbox")}\" value=\"{E(item.Value)}\"{isChecked}{hintAttr}>"
                    + $"<label class=\"govuk-label govuk-{kind}__label\" for=\"{id}\">{E(item.Text)}</label>"
                    + (
                        itemHint is null
                            ? ""
                            : $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-{kind}__hint\">{E(itemHint)}</div>"
                    )
                    + "</div>"
            );
            i++;
        }
        var legend = LegendIsHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{E(Legend)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(Legend)}</legend>";
        var modifiers = (Small ? $" govuk-{kind}--small" : "") + (Inline && radios ? " govuk-radios--inline" : "");
        Replace(
            output,
            $"<div class=\"{GroupClass}\"><fieldset class=\"govuk-fieldset\"{DescribedBy()}>{legend}{HintHtml}{ErrorHtml}"
                + $"<div class=\"govuk-{kind}{modifiers}\" data-module=\"govuk-{kind}\">{items}</div></fieldset></div>"
        );
    }
}
