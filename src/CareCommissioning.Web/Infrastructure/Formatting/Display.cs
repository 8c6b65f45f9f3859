using System.Globalization;

namespace CareCommissioning.Web.Infrastructure.Formatting;

/// <summary>
/// GOV.UK style for what users read: "1 April 2027", "3:05pm", "£1,250.50"; instants shown in UK time. Money and dates
/// are written by the domain's <see cref="MoneyText"/> and <see cref="DateText"/>, so pages, downloads and messages
/// agree.
/// </summary>
public static class Display
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => DateText.Format(date);

    public static string Date(DateOnly? date, string none = "Not set") => date is { } d ? Date(d) : none;

    public static string DateTime(DateTimeOffset instant)
    {
        var local = Domain.Common.UkCalendar.LocalTime(instant);
        var time = local.Minute == 0 ? local.ToString("htt", UkCulture) : local.ToString("h:mmtt", UkCulture);
        return $"{DateText.Format(DateOnly.FromDateTime(local.DateTime))} at {time.ToLowerInvariant()}";
    }

    /// <summary>Pounds to the penny, for tables and figures: "£1,250.00".</summary>
    public static string Money(decimal pounds) => MoneyText.Format(pounds);

    /// <summary>Pounds without ".00" for whole pounds, for running text and ranges: "£5,000", "£5,000.50".</summary>
    public static string MoneyInText(decimal pounds) => MoneyText.InText(pounds);

    /// <summary>To the nearest pound, for wide tables whose caption says so: "£80,177,900".</summary>
    public static string WholePounds(decimal pounds) => MoneyText.WholePounds(pounds);

    public static string YesNo(bool value) => value ? "Yes" : "No";

    /// <summary>A month by its number, 1 for January, in English.</summary>
    public static string Month(int month) => UkCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>A measured quantity with thousands separators and no trailing zeros: "1,850.5"; "Not set" for
    /// none.</summary>
    public static string Number(decimal? value, string none = "Not set") =>
        value is { } v ? v.ToString("#,0.####", UkCulture) : none;
}
