using System.Globalization;

namespace CareCommissioning.Web.Pages.Admin;

/// <summary>Reads the <c>page</c> query value leniently: a hand-edited or hostile value shows the first page, never an error.</summary>
public static class ListPaging
{
    public static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
