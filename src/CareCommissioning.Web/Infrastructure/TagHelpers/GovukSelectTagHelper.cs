using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    public string Label { get; set; } = "";
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Extra classes for the label, e.g. <c>govuk-visually-hidden</c> for a field in a table row.</summary>
    public string? LabelClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = Value;
        var options = new StringBuilder();
        foreach (var item in Items)
        {
            var selected = item.Value == current ? " selected" : "";
            options.Append($"<option value=\"{E(item.Value)}\"{selected}>{E(item.Text)}</option>");
        }
        var classes = "govuk-select" + (Error is null ? "" : " govuk-select--error");
        Replace(
            output,
            $"<div class=\"{GroupClass}\"><label class=\"govuk-label{(LabelClass is null ? "" : " " + LabelClass)}\" for=\"{Id}\">{E(Label)}</label>{HintHtml}{ErrorHtml}"
                + $"<select class=\"{classes}\" id=\"{Id}\" name=\"{E(Name)}\"{DescribedBy()}>{options}</select></div>"
        );
    }
}
