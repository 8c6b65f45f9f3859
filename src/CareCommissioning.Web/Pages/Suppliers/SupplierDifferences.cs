namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>The fields where the saved supplier and someone's answers differ, as the words a person reads.</summary>
public static class SupplierDifferences
{
    public static IReadOnlyList<FieldDifference> Between(SupplierForm saved, SupplierForm yours)
    {
        var rows = new FieldDifferences();
        rows.Compare("Supplier name", saved.Name?.Trim(), yours.Name?.Trim());
        rows.Compare("Company number", saved.CompanyNumber, Number(yours.CompanyNumber));
        rows.Compare("Charity number", saved.CharityNumber, Number(yours.CharityNumber));
        rows.Compare("Size", Size(saved.Size), Size(yours.Size));
        rows.Compare("VCSE", YesNo(saved.Vcse), YesNo(yours.Vcse));
        rows.Compare("Address line 1", saved.AddressLine1?.Trim(), yours.AddressLine1?.Trim());
        rows.Compare("Address line 2", saved.AddressLine2?.Trim(), yours.AddressLine2?.Trim());
        rows.Compare("Town or city", saved.Town?.Trim(), yours.Town?.Trim());
        rows.Compare("Postcode", saved.Postcode?.Trim().ToUpperInvariant(), yours.Postcode?.Trim().ToUpperInvariant());
        rows.Compare("Email address for orders", saved.ContactEmail?.Trim(), yours.ContactEmail?.Trim());
        rows.Compare(
            "Sustainability credentials",
            saved.SustainabilityCredentials?.Trim(),
            yours.SustainabilityCredentials?.Trim()
        );
        rows.Compare("CPV codes", Codes(saved), Codes(yours));
        return rows.ToList();
    }

    private static string? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Domain.Purchasing.SupplierRules.NormaliseNumber(text);

    private static string? Size(string? size) =>
        Enum.TryParse<Domain.Purchasing.SupplierSize>(size, out var s) ? SupplierSizeNames.Display(s) : null;

    private static string? YesNo(string? value) =>
        value switch
        {
            "yes" => "Yes",
            "no" => "No",
            _ => null,
        };

    private static string Codes(SupplierForm f) =>
        string.Join(
            ", ",
            f.Categories.Where(c => !string.IsNullOrWhiteSpace(c))
                .Select(c => c!.Trim())
                .Distinct()
                .OrderBy(c => c, StringComparer.Ordinal)
        );
}
