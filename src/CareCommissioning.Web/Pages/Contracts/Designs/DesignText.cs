using System.Globalization;

namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>A design's figures as the pages and the document write them.</summary>
public static class DesignText
{
    /// <summary>What an incentive or deduction is worth, or a milestone's date; blank otherwise.</summary>
    public static string Worth(ContractProvision p) =>
        p.Amount is { } amount ? MoneyText.Format(amount)
        : p.Percentage is { } percent ? percent.ToString("0.##", CultureInfo.InvariantCulture) + "% of the payment"
        : p.Date is { } date ? Display.Date(date)
        : "";
}
