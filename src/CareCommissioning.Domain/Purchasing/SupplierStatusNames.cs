namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each SupplierStatus reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class SupplierStatusNames
{
    public static string Display(SupplierStatus value) =>
        value switch
        {
            SupplierStatus.Active => "Active",
            SupplierStatus.Suspended => "Suspended",
            SupplierStatus.Ceased => "Ceased",
            _ => "Not known",
        };
}
