namespace CareCommissioning.Web.Pages.Shared;

/// <summary>Names the layout reads from ViewData, so pages set them the same way.</summary>
public static class PageKeys
{
    public const string ServiceName = "Care Commissioning";
    public const string Title = "Title";
    public const string BackLink = "BackLink";
    public const string Section = "Section";
    public const string SuccessMessage = "SuccessMessage";

    public static string FullTitle(string page) => $"{page} – {ServiceName}";
}
