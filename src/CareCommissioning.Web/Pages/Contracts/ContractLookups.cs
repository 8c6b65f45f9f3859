namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>
/// What a contract's rules look up in the registers (the supplier on the organisation's register, the provider
/// organisation, the reference not taken, the decided appraisal), and the choices the form offers from them.
/// </summary>
public static class ContractLookups
{
    public static async Task<ContractChecks> ChecksAsync(
        AppDbContext db,
        Guid organisation,
        ContractDetails d,
        Guid? excluding = null
    )
    {
        var supplier =
            d.SupplierId is { } s && await db.Suppliers.AnyAsync(x => x.Id == s && x.OrganisationId == organisation);
        bool? provider = d.ProviderOrganisationId is { } p
            ? await db.Organisations.AnyAsync(o => o.Id == p && o.Type == OrganisationType.CareProvider && !o.Archived)
            : null;
        var reference = d.Reference?.Trim();
        var taken =
            reference is not null
            && await db.Contracts.AnyAsync(c =>
                c.OrganisationId == organisation && c.Reference == reference && c.Id != excluding
            );
        bool? appraisal = d.AppraisalId is { } a
            ? await db.Appraisals.AnyAsync(x =>
                x.Id == a && x.OrganisationId == organisation && x.Status == AppraisalStatus.Decided
            )
            : null;
        return new ContractChecks(supplier, provider, taken, appraisal);
    }

    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        AppDbContext db,
        Guid organisation,
        ContractDetails d,
        Guid? excluding = null
    ) => ContractRules.Validate(d, await ChecksAsync(db, organisation, d, excluding), CpvCatalogue.Standard);

    /// <summary>The suppliers on the registers of the organisations given, by name.</summary>
    public static Task<List<SelectListItem>> SupplierItemsAsync(AppDbContext db, IReadOnlyList<Guid> organisations) =>
        db
            .Suppliers.AsNoTracking()
            .Where(s => organisations.Contains(s.OrganisationId))
            .OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString()))
            .ToListAsync();

    /// <summary>The care provider organisations in the product, by name.</summary>
    public static Task<List<SelectListItem>> ProviderItemsAsync(AppDbContext db) =>
        db
            .Organisations.AsNoTracking()
            .Where(o => o.Type == OrganisationType.CareProvider && !o.Archived)
            .OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();

    /// <summary>The decided options appraisals of the organisations given, by title.</summary>
    public static Task<List<SelectListItem>> AppraisalItemsAsync(AppDbContext db, IReadOnlyList<Guid> organisations) =>
        db
            .Appraisals.AsNoTracking()
            .Where(a => organisations.Contains(a.OrganisationId) && a.Status == AppraisalStatus.Decided)
            .OrderBy(a => a.Title)
            .Select(a => new SelectListItem(a.Title, a.Id.ToString()))
            .ToListAsync();

    /// <summary>The authority type of the commissioning organisation, which names the threshold.</summary>
    public static async Task<ContractThreshold> ThresholdAsync(AppDbContext db, Contract contract)
    {
        var type = await db
            .Organisations.Where(o => o.Id == contract.OrganisationId)
            .Select(o => o.Type)
            .FirstOrDefaultAsync();
        return ContractThreshold.For(contract.CpvCode, contract.StartDate, PurchasingRules.AuthorityTypeOf(type));
    }
}
