using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>The add and edit form's answers, kept as typed so a failed save shows them back unchanged.</summary>
public sealed class SupplierForm : IVersionedForm, IOrganisationForm
{
    /// <summary>How many CPV fields the form shows at least; blank ones are ignored.</summary>
    public const int CategoryFields = 3;

    public string? OrganisationId { get; set; }
    public string? Name { get; set; }
    public string? CompanyNumber { get; set; }
    public string? CharityNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? ContactEmail { get; set; }
    public string? Size { get; set; }
    public string? Vcse { get; set; }
    public string? SustainabilityCredentials { get; set; }
    public List<string?> Categories { get; set; } = [];
    public int Version { get; set; }

    public static SupplierForm From(Supplier s) =>
        new()
        {
            OrganisationId = s.OrganisationId.ToString(),
            Name = s.Name,
            CompanyNumber = s.CompanyNumber,
            CharityNumber = s.CharityNumber,
            AddressLine1 = s.AddressLine1,
            AddressLine2 = s.AddressLine2,
            Town = s.Town,
            Postcode = s.Postcode,
            ContactEmail = s.ContactEmail,
            Size = s.Size.ToString(),
            Vcse = s.IsVcse ? "yes" : "no",
            SustainabilityCredentials = s.SustainabilityCredentials,
            Categories = [.. s.Categories.Select(c => c.CpvCode).OrderBy(c => c, StringComparer.Ordinal)],
            Version = s.Version,
        };

    /// <summary>The CPV fields to show: those answered, then blanks up to <see cref="CategoryFields"/> (and always one
    /// blank more on edit).</summary>
    public IReadOnlyList<string?> CategoryInputs(bool extraBlank)
    {
        var list = new List<string?>(Categories);
        while (list.Count < CategoryFields)
            list.Add(null);
        if (extraBlank && list.All(c => !string.IsNullOrWhiteSpace(c)))
            list.Add(null);
        return list;
    }

    /// <summary>
    /// Reads the answers into <paramref name="target"/> and puts every problem on its field: the domain's rules, plus
    /// each CPV field checked on its own against the CPV list so the message points at the code that is wrong.
    /// </summary>
    public void ApplyTo(Supplier target, ModelStateDictionary state, string prefix)
    {
        target.Name = Clean(Name) ?? "";
        target.CompanyNumber = Clean(CompanyNumber) is { } company ? SupplierRules.NormaliseNumber(company) : null;
        target.CharityNumber = Clean(CharityNumber) is { } charity ? SupplierRules.NormaliseNumber(charity) : null;
        target.AddressLine1 = Clean(AddressLine1) ?? "";
        target.AddressLine2 = Clean(AddressLine2);
        target.Town = Clean(Town);
        target.Postcode = Clean(Postcode)?.ToUpperInvariant() ?? "";
        target.ContactEmail = Clean(ContactEmail);
        target.Size = Enum.TryParse<SupplierSize>(Size, out var size) && Enum.IsDefined(size) ? size : 0;
        target.SustainabilityCredentials = Clean(SustainabilityCredentials);
        switch (Vcse)
        {
            case "yes":
                target.IsVcse = true;
                break;
            case "no":
                target.IsVcse = false;
                break;
            default:
                state.AddModelError(
                    $"{prefix}.{nameof(Vcse)}",
                    "Select yes if the supplier is a voluntary, community or social enterprise (VCSE)"
                );
                break;
        }

        var codes = new List<string>();
        var answered = false;
        for (var i = 0; i < Categories.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Categories[i]))
                continue;
            answered = true;
            var key = $"{prefix}.{nameof(Categories)}[{i}]";
            if (CpvCatalogue.Standard.Check(Categories[i], key) is { } error)
            {
                state.AddModelError(key, error.Message);
                continue;
            }
            var code = CpvCode.Normalise(Categories[i])!;
            if (codes.Contains(code))
                state.AddModelError(key, $"{code} is already listed: enter each CPV code once");
            else
                codes.Add(code);
        }
        if (!answered)
            state.AddModelError(
                $"{prefix}.{nameof(Categories)}[0]",
                "Enter at least one CPV code for what the supplier supplies, for example " + CpvCode.Example
            );

        // Keep the categories that stay (their ids and audit), remove those taken off, add the new ones.
        target.Categories.RemoveAll(c => !codes.Contains(c.CpvCode));
        foreach (var code in codes.Where(c => target.Categories.All(x => x.CpvCode != c)))
            target.Categories.Add(new SupplierCategory { CpvCode = code, SupplierId = target.Id });

        AddErrors(state, prefix, SupplierRules.Validate(target).Where(e => e.Field != nameof(Supplier.Categories)));
    }

    public static void AddErrors(ModelStateDictionary state, string prefix, IEnumerable<FieldError> errors) =>
        state.AddDomainErrors(prefix, errors);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<SelectListItem> SizeItems =>
        Enum.GetValues<SupplierSize>().Select(s => new SelectListItem(SupplierSizeNames.Explained(s), s.ToString()));

    public static IEnumerable<SelectListItem> YesNoItems => [new("Yes", "yes"), new("No", "no")];
}
