using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary><c>&lt;govuk-input for="Input.Name" label="Name" /&gt;</c>: a GOV.UK text input with label, hint and
/// error.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    public string Label { get; set; } = "";

    /// <summary>Render the label as the page heading (one question on the page).</summary>
    public bool LabelIsHeading { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public bool Spellcheck { get; set; } = true;

    /// <summary>A width class such as <c>govuk-input--width-10</c>.</summary>
    public string? InputClass { get; set; }

    /// <summary>Extra classes for the label, e.g. <c>govuk-visually-hidden</c> for a field in a table row.</summary>
    public string? LabelClass { get; set; }
    public string? Prefix { get; set; }
    public string? Suffix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var label =
            $"<label class=\"govuk-label{(LabelIsHeading ? " govuk-label--l" : "")}{(LabelClass is null ? "" : " " + LabelClass)}\" for=\"{Id}\">{E(Label)}</label>";
        if (LabelIsHeading)
            label = $"<h1 class=\"govuk-label-wrapper\">{label}</h1>";
        var classes =
            "govuk-input" + (InputClass is null ? "" : " " + InputClass) + (Error is null ? "" : " govuk-input--error");
        var attrs =
            $" type=\"{E(Type)}\""
            + (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")
            + (Inputmode is null ? "" : $" inputmode=\"{E(Inputmode)}\"")
            + (Spellcheck ? "" : " spellcheck=\"false\"");
        var input =
            $"<input class=\"{classes}\" id=\"{Id}\" name=\"{E(Name)}\" value=\"{E(Value)}\"{attrs}{DescribedBy()}>";
        if (Prefix is not null || Suffix is not null)
        {
            input =
                "<div class=\"govuk-input__wrapper\">"
                + (Prefix is null ? "" : $"<div class=\"govuk-input__prefix\" aria-hidden=\"true\">{E(Prefix)}</div>")
                + input
                + (Suffix is null ? "" : $"<div class=\"govuk-input__suffix\" aria-hidden=\"true\">{E(Suffix)}</div>")
                + "</div>";
        }
        Replace(output, $"<div class=\"{GroupClass}\">{label}{HintHtml}{ErrorHtml}{input}</div>");
    }
}
