using System.Globalization;

namespace CareCommissioning.Web.Infrastructure.Formatting;

/// <summary>GOV.UK style for what users read: "1 April 2027", "3:05pm", "£1,250.50"; instants shown in UK time.</summary>
public static class Display
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);

    public static string Date(DateOnly? date, string none = "Not set") => date is { } d ? Date(d) : none;

    public static string DateTime(DateTimeOffset instant)
    {
        var local = Domain.Common.UkCalendar.LocalTime(instant);
        var time = local.Minute == 0 ? local.ToString("htt", UkCulture) : local.ToString("h:mmtt", UkCulture);
        return $"{local.ToString("d MMMM yyyy", UkCulture)} at {time.ToLowerInvariant()}";
    }

    /// <summary>Pounds, rounded half away from zero to pence only here, at presentation.</summary>
    public static string Money(decimal pounds) => Math.Round(pounds, 2, MidpointRounding.AwayFromZero).ToString("C2", UkCulture);

    public static string YesNo(bool value) => value ? "Yes" : "No";
}
