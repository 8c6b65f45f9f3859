using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    public string Label { get; set; } = "";
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-textarea" + (Error is null ? "" : " govuk-textarea--error");
        Replace(
            output,
            $"<div class=\"{GroupClass}\"><label class=\"govuk-label\" for=\"{Id}\">{E(Label)}</label>{HintHtml}{ErrorHtml}"
                + $"<textarea class=\"{classes}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\"{DescribedBy()}>{E(Value)}</textarea></div>"
        );
    }
}
