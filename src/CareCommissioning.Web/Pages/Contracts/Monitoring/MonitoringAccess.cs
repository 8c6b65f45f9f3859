namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>
/// Who may send a contract's KPI returns: the users with the Provider role in the organisation the contract names as
/// provider, and the contract's keepers on the provider's behalf. Anyone else is told "not found", as for a contract
/// that does not exist.
/// </summary>
public static class MonitoringAccess
{
    public static Task<Contract?> FindForReturnsAsync(AppDbContext db, CurrentUser user, Guid id) =>
        ForReturns(db, user).FirstOrDefaultAsync(c => c.Id == id);

    /// <summary>Every contract the user may send returns for.</summary>
    public static IQueryable<Contract> ForReturns(AppDbContext db, CurrentUser user)
    {
        var providers = ContractAccess.ProviderOrganisations(user);
        var keepers = user.OrganisationsFor(Policies.ContractsWrite);
        return db
            .Contracts.AsNoTracking()
            .Where(c =>
                keepers.Contains(c.OrganisationId)
                || (c.ProviderOrganisationId != null && providers.Contains(c.ProviderOrganisationId.Value))
            );
    }

    /// <summary>Whether the user sends returns as the contract's provider rather than as one of its keepers.</summary>
    public static bool IsProvider(CurrentUser user, Contract c) =>
        c.ProviderOrganisationId is { } p && ContractAccess.ProviderOrganisations(user).Contains(p);

    public static Task<List<ContractKpi>> KpisAsync(AppDbContext db, Guid contractId) =>
        db
            .ContractKpis.AsNoTracking()
            .Where(k => k.ContractId == contractId)
            .OrderBy(k => k.CreatedAt)
            .ThenBy(k => k.Name)
            .ToListAsync();

    /// <summary>The first days of the periods with a return: read from the (contract, period) index alone.</summary>
    public static Task<List<DateOnly>> ReceivedAsync(AppDbContext db, Guid contractId) =>
        db.ContractKpiReturns.Where(r => r.ContractId == contractId).Select(r => r.PeriodStart).ToListAsync();
}
