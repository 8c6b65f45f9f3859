namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>What a KPI's answers are checked against beyond the domain's rules: the priority outcome it is linked to
/// must be one of the contract's organisation's.</summary>
public static class KpiLookups
{
    /// <summary>The domain's rules, and the outcome one of <paramref name="outcomes"/> (the organisation's, as <see
    /// cref="OutcomeItemsAsync"/> lists them).</summary>
    public static IReadOnlyList<FieldError> Validate(ContractKpiDetails details, IReadOnlyList<SelectListItem> outcomes)
    {
        var errors = new List<FieldError>(ContractKpiRules.Validate(details));
        if (details.OutcomeId is { } outcome && !outcomes.Any(o => o.Value == outcome.ToString()))
            errors.Add(new("OutcomeId", "Select one of your organisation's priority outcomes, or none"));
        return errors;
    }

    public static async Task<IReadOnlyList<SelectListItem>> OutcomeItemsAsync(AppDbContext db, Contract contract) =>
        [
            new("None", ""),
            // The id is written here, not by the database: SQLite would give it in capitals.
            .. (
                await db
                    .ContractOutcomes.AsNoTracking()
                    .Where(o => o.OrganisationId == contract.OrganisationId)
                    .OrderBy(o => o.Title)
                    .Select(o => new { o.Id, o.Title })
                    .ToListAsync()
            ).Select(o => new SelectListItem(o.Title, o.Id.ToString())),
        ];
}
