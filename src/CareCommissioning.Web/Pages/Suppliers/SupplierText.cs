using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>How supplier values read on pages and in downloads.</summary>
public static class SupplierText
{
    public static string Size(SupplierSize size) => size switch
    {
        SupplierSize.Micro => "Micro",
        SupplierSize.Small => "Small",
        SupplierSize.Medium => "Medium",
        SupplierSize.Large => "Large",
        _ => "Not known",
    };

    /// <summary>The size with what it means, for radios.</summary>
    public static string SizeExplained(SupplierSize size) => size switch
    {
        SupplierSize.Micro => "Micro: fewer than 10 staff",
        SupplierSize.Small => "Small: fewer than 50 staff",
        SupplierSize.Medium => "Medium: fewer than 250 staff",
        SupplierSize.Large => "Large: 250 staff or more",
        _ => "Not known",
    };

    public static string Status(SupplierStatus status) => status switch
    {
        SupplierStatus.Active => "Active",
        SupplierStatus.Suspended => "Suspended",
        SupplierStatus.Ceased => "Ceased",
        _ => "Not known",
    };

    public static string StatusTagClass(SupplierStatus status) => status switch
    {
        SupplierStatus.Active => "govuk-tag--green",
        SupplierStatus.Suspended => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };

    public static string Rating(CqcRating rating) => rating switch
    {
        CqcRating.Outstanding => "Outstanding",
        CqcRating.Good => "Good",
        CqcRating.RequiresImprovement => "Requires improvement",
        CqcRating.Inadequate => "Inadequate",
        CqcRating.NotYetRated => "Not yet rated",
        _ => "Not known",
    };

    public static string Kind(QualityCredentialKind kind) => kind switch
    {
        QualityCredentialKind.Iso9001 => "ISO 9001 (quality management)",
        QualityCredentialKind.CqcRegistration => "CQC registration",
        QualityCredentialKind.CyberEssentials => "Cyber Essentials",
        QualityCredentialKind.CyberEssentialsPlus => "Cyber Essentials Plus",
        QualityCredentialKind.Other => "Another credential",
        _ => "Not known",
    };

    /// <summary>"85311200-4 Welfare services for the elderly", or the code alone when it is not on the list.</summary>
    public static string Category(string code) => CpvCatalogueDescription(code) is { } d ? $"{code} {d}" : code;

    public static string? CpvCatalogueDescription(string code) => CpvCatalogue.Standard.Description(code);

    public static string Address(Supplier s) =>
        string.Join(", ", new[] { s.AddressLine1, s.AddressLine2, s.Town, s.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
