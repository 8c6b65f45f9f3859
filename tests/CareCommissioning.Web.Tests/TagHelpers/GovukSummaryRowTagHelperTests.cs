using CareCommissioning.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareCommissioning.Web.Tests.TagHelpers;

public sealed class GovukSummaryRowTagHelperTests
{
    private static async Task<string> RenderAsync(GovukSummaryRowTagHelper helper, string value)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput("govuk-summary-row", [], (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(value))
        );
        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public async Task Process_WithChangeLink_WritesTheGovukRowWithHiddenWordsFromTheKey()
    {
        var html = await RenderAsync(
            new GovukSummaryRowTagHelper { Key = "Needed by", ChangeHref = "/purchasing/1/what?returnTo=check" },
            "1 April 2027"
        );
        Assert.Equal(
            "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">Needed by</dt>"
                + "<dd class=\"govuk-summary-list__value\">1 April 2027</dd><dd class=\"govuk-summary-list__actions\">"
                + "<a class=\"govuk-link\" href=\"/purchasing/1/what?returnTo=check\">Change<span class=\"govuk-visually-hidden\"> needed by</span></a></dd></div>",
            html
        );
    }

    [Fact]
    public async Task Process_NoLinkInAListWithLinks_IsMarkedNoActions_AndKeepsTheValueMarkup()
    {
        var html = await RenderAsync(
            new GovukSummaryRowTagHelper
            {
                Key = "Hash <sha256>",
                NoActions = true,
                ValueClass = "govuk-!-text-break-word",
            },
            "<code>ab</code>"
        );
        Assert.Equal(
            "<div class=\"govuk-summary-list__row govuk-summary-list__row--no-actions\"><dt class=\"govuk-summary-list__key\">Hash &lt;sha256&gt;</dt>"
                + "<dd class=\"govuk-summary-list__value govuk-!-text-break-word\"><code>ab</code></dd></div>",
            html
        );
    }

    [Fact]
    public async Task Process_OtherWordAndHiddenWords_AreUsed()
    {
        var html = await RenderAsync(
            new GovukSummaryRowTagHelper
            {
                Key = "API tokens",
                ChangeHref = "/account/tokens",
                ChangeText = "Manage",
                ChangeHidden = "your API tokens",
                NoActions = true,
            },
            "None active"
        );
        Assert.Contains("<div class=\"govuk-summary-list__row\">", html);
        Assert.Contains(">Manage<span class=\"govuk-visually-hidden\"> your API tokens</span></a>", html);
    }
}
