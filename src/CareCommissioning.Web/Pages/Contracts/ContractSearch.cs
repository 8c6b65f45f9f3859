namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>The register's filters and order, shared by the list page, its downloads and the API.</summary>
public sealed record ContractSearch(
    string? Search,
    ContractStatus? Status,
    ContractType? Type,
    bool ExpiringSoon,
    ContractSort Sort
)
{
    public IQueryable<ContractRow> Apply(AppDbContext db, IQueryable<Contract> visible, DateOnly today)
    {
        var query = visible;
        if (Status is { } s && Enum.IsDefined(s))
            query = query.Where(c => c.Status == s);
        if (Type is { } t && Enum.IsDefined(t))
            query = query.Where(c => c.Type == t);
        if (ExpiringSoon)
        {
            var until = today.AddDays(ContractDates.ExpiringWithinDays);
            query = query.Where(c => c.EndDate >= today && c.EndDate <= until);
        }
        var joined =
            from c in query
            join sup in db.Suppliers.AsNoTracking() on c.SupplierId equals sup.Id
            select new { Contract = c, Supplier = sup.Name };
        if (TextSearch.Pattern(Search) is { } pattern)
            joined = joined.Where(r =>
                EF.Functions.Like(r.Contract.Reference.ToLower(), pattern, TextSearch.Escape)
                || EF.Functions.Like(r.Contract.Title.ToLower(), pattern, TextSearch.Escape)
                || EF.Functions.Like(r.Supplier.ToLower(), pattern, TextSearch.Escape)
            );
        var ordered = Sort switch
        {
            ContractSort.EndDate => joined
                .OrderBy(r => r.Contract.EndDate)
                .ThenBy(r => r.Contract.Reference)
                .ThenBy(r => r.Contract.Id),
            ContractSort.Title => joined.OrderBy(r => r.Contract.Title).ThenBy(r => r.Contract.Id),
            ContractSort.Supplier => joined
                .OrderBy(r => r.Supplier)
                .ThenBy(r => r.Contract.Reference)
                .ThenBy(r => r.Contract.Id),
            _ => joined.OrderBy(r => r.Contract.Reference).ThenBy(r => r.Contract.Id),
        };
        return ordered.Select(r => new ContractRow(
            r.Contract.Id,
            r.Contract.Reference,
            r.Contract.Title,
            r.Supplier,
            r.Contract.Type,
            r.Contract.Status,
            r.Contract.Value,
            r.Contract.StartDate,
            r.Contract.EndDate,
            r.Contract.ExtensionMonthsAvailable,
            r.Contract.AwardRoute,
            r.Contract.CpvCode,
            r.Contract.ProviderOrganisationId,
            r.Contract.OrganisationId
        ));
    }
}

/// <summary>How the register is ordered.</summary>
public enum ContractSort
{
    Reference = 1,
    Title = 2,
    Supplier = 3,
    EndDate = 4,
}

/// <summary>A contract as the register lists it, with its supplier's name.</summary>
public sealed record ContractRow(
    Guid Id,
    string Reference,
    string Title,
    string Supplier,
    ContractType Type,
    ContractStatus Status,
    decimal Value,
    DateOnly StartDate,
    DateOnly EndDate,
    int ExtensionMonthsAvailable,
    AwardRoute AwardRoute,
    string CpvCode,
    Guid? ProviderOrganisationId,
    Guid OrganisationId
);
