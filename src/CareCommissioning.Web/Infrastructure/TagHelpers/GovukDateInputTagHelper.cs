using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary><c>&lt;govuk-date-input for="Input.ReviewDate" legend="Review date" /&gt;</c> bound to a <see
/// cref="DateInputModel"/>.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldTagHelper
{
    public string Legend { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateInputModel ?? new DateInputModel();
        string Part(string part, string label, string? value, string width)
        {
            var state = ViewContext.ViewData.ModelState[$"{Name}.{part}"];
            var shown = state?.AttemptedValue ?? value;
            var error = Error is null ? "" : " govuk-input--error";
            return $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
                + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{Id}-{part.ToLowerInvariant()}\">{label}</label>"
                + $"<input class=\"govuk-input govuk-date-input__input {width}{error}\" id=\"{Id}-{part.ToLowerInvariant()}\" name=\"{E(Name)}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{E(shown)}\">"
                + "</div></div>";
        }
        Replace(
            output,
            $"<div class=\"{GroupClass}\"><fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}>"
                + $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(Legend)}</legend>{HintHtml}{ErrorHtml}"
                + $"<div class=\"govuk-date-input\" id=\"{Id}\">"
                + Part("Day", "Day", model.Day, "govuk-input--width-2")
                + Part("Month", "Month", model.Month, "govuk-input--width-2")
                + Part("Year", "Year", model.Year, "govuk-input--width-4")
                + "</div></fieldset></div>"
        );
    }
}
