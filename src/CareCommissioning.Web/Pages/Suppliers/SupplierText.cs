namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>How supplier values read on pages and in downloads.</summary>
public static class SupplierText
{
    public static string StatusTagClass(SupplierStatus status) =>
        status switch
        {
            SupplierStatus.Active => "govuk-tag--green",
            SupplierStatus.Suspended => "govuk-tag--orange",
            _ => "govuk-tag--grey",
        };

    /// <summary>"85311200-4 Welfare services for the elderly", or the code alone when it is not on the list.</summary>
    public static string Category(string code) => CpvCatalogueDescription(code) is { } d ? $"{code} {d}" : code;

    public static string? CpvCatalogueDescription(string code) => CpvCatalogue.Standard.Description(code);

    public static string Address(Supplier s) =>
        string.Join(
            ", ",
            new[] { s.AddressLine1, s.AddressLine2, s.Town, s.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p))
        );
}
