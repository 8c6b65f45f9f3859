using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>A purchase's status as a GOV.UK tag, one colour a stage, so a cancelled or rejected purchase stands out in
/// every list and on its page.</summary>
public static class PurchaseStatusTag
{
    public static IHtmlContent For(PurchaseStatus status) =>
        new HtmlString(
            $"<strong class=\"govuk-tag {Colour(status)}\">{HtmlEncoder.Default.Encode(PurchaseStatusNames.Display(status))}</strong>"
        );

    private static string Colour(PurchaseStatus status) =>
        status switch
        {
            PurchaseStatus.Submitted => "govuk-tag--blue",
            PurchaseStatus.AwaitingApproval => "govuk-tag--yellow",
            PurchaseStatus.Approved => "govuk-tag--turquoise",
            PurchaseStatus.Rejected => "govuk-tag--orange",
            PurchaseStatus.Ordered => "govuk-tag--purple",
            PurchaseStatus.Received or PurchaseStatus.Evaluated => "govuk-tag--green",
            PurchaseStatus.Cancelled => "govuk-tag--red",
            _ => "govuk-tag--grey",
        };
}
