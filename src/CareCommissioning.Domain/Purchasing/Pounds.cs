using System.Globalization;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>Money in messages: whole pounds without pence, otherwise to the penny (rounded half away from zero, for display only).</summary>
internal static class Pounds
{
    public static string Format(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var text = rounded == decimal.Truncate(rounded) ? Math.Abs(rounded).ToString("#,0", CultureInfo.InvariantCulture) : Math.Abs(rounded).ToString("#,0.00", CultureInfo.InvariantCulture);
        return (rounded < 0 ? "-£" : "£") + text;
    }
}
