namespace CareCommissioning.Web.Pages.Reference;

/// <summary>The addresses of the reference pages.</summary>
public static class ReferenceLinks
{
    public static string CpvCodes(this LinkGenerator links) => links.Page("/Reference/Cpv");
}
