namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>
/// The register's filters, shared by the list page, its CSV download and the API. <paramref name="Category"/> is a CPV
/// code already checked against the list: it finds suppliers registered under that code or a code below it, and those
/// registered under a broader code that covers it (a supplier of "medical equipment" supplies wheelchairs). <paramref
/// name="PreferredOnly"/> keeps suppliers with a current preferred-supplier approval on <paramref name="Today"/> (for
/// that category, when one is given).
/// </summary>
public sealed record SupplierSearch(
    string? Search,
    SupplierStatus? Status,
    SupplierSize? Size,
    bool SmeOnly,
    bool? Vcse,
    string? Category,
    bool PreferredOnly,
    Guid? OrganisationId,
    DateOnly Today
)
{
    public IQueryable<Supplier> Apply(IQueryable<Supplier> query, IReadOnlyList<Guid> visibleOrganisations)
    {
        query = query.Where(s => visibleOrganisations.Contains(s.OrganisationId));
        if (OrganisationId is { } org)
            query = query.Where(s => s.OrganisationId == org);
        if (Status is { } status)
            query = query.Where(s => s.Status == status);
        if (Size is { } size)
            query = query.Where(s => s.Size == size);
        if (SmeOnly)
            query = query.Where(s =>
                s.Size == SupplierSize.Micro || s.Size == SupplierSize.Small || s.Size == SupplierSize.Medium
            );
        if (Vcse is { } vcse)
            query = query.Where(s => s.IsVcse == vcse);

        var today = Today;
        if (CpvCode.Normalise(Category) is { } category)
        {
            var root = CpvCode.Root(category);
            var broader = Broader(category);
            query = query.Where(s =>
                s.Categories.Any(c => c.CpvCode.StartsWith(root) || broader.Contains(c.CpvCode.Substring(0, 8)))
            );
            if (PreferredOnly)
                query = query.Where(s =>
                    s.Approvals.Any(a =>
                        a.ApprovedOn <= today
                        && a.ExpiresOn >= today
                        && (a.CpvCode.StartsWith(root) || broader.Contains(a.CpvCode.Substring(0, 8)))
                    )
                );
        }
        else if (PreferredOnly)
        {
            query = query.Where(s => s.Approvals.Any(a => a.ApprovedOn <= today && a.ExpiresOn >= today));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = TextSearch.Pattern(Search)!;
            var compact = TextSearch.Pattern(Search.Replace(" ", "")) ?? pattern;
            query = query.Where(s =>
                EF.Functions.Like(s.Name.ToLower(), pattern, TextSearch.Escape)
                || (s.CompanyNumber != null && EF.Functions.Like(s.CompanyNumber.ToLower(), compact, TextSearch.Escape))
                || (s.CharityNumber != null && EF.Functions.Like(s.CharityNumber.ToLower(), compact, TextSearch.Escape))
                || EF.Functions.Like(s.Postcode.Replace(" ", "").ToLower(), compact, TextSearch.Escape)
            );
        }
        return query.OrderBy(s => s.Name).ThenBy(s => s.Id);
    }

    /// <summary>The eight digits of each code above <paramref name="category"/> in the hierarchy, from its division
    /// down.</summary>
    public static List<string> Broader(string category)
    {
        var digits = CpvCode.Digits(category);
        var root = CpvCode.Root(category);
        var list = new List<string>();
        for (var length = 2; length < root.Length; length++)
            list.Add(digits[..length].PadRight(8, '0'));
        return list;
    }
}
