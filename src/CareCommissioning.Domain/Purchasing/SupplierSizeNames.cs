namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each SupplierSize reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class SupplierSizeNames
{
    public static string Display(SupplierSize value) =>
        value switch
        {
            SupplierSize.Micro => "Micro",
            SupplierSize.Small => "Small",
            SupplierSize.Medium => "Medium",
            SupplierSize.Large => "Large",
            _ => "Not known",
        };

    /// <summary>The size with what it means, for radios.</summary>
    public static string Explained(SupplierSize value) =>
        value switch
        {
            SupplierSize.Micro => "Micro: fewer than 10 staff",
            SupplierSize.Small => "Small: fewer than 50 staff",
            SupplierSize.Medium => "Medium: fewer than 250 staff",
            SupplierSize.Large => "Large: 250 staff or more",
            _ => "Not known",
        };
}
