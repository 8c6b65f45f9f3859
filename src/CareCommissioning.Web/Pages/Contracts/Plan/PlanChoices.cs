namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>What a plan's activity may link to: the organisation's recommended priority outcomes and its open risks;
/// and the outcomes the plan must cover.</summary>
public static class PlanChoices
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OutcomesAsync(AppDbContext db, Guid organisationId) =>
        await db
            .ContractOutcomes.AsNoTracking()
            .Where(o => o.OrganisationId == organisationId && o.Recommended)
            .OrderBy(o => o.Title)
            .ToDictionaryAsync(o => o.Id, o => o.Title);

    public static async Task<IReadOnlyDictionary<Guid, string>> RisksAsync(AppDbContext db, Guid organisationId) =>
        await db
            .Risks.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Status != RiskStatus.Closed)
            .OrderBy(r => r.Title)
            .ToDictionaryAsync(r => r.Id, r => r.Title);

    /// <summary>The priority outcomes the plan must serve: those recommended from the contract's options appraisal
    /// (the outcomes people agreed for it); none when the contract came from no appraisal.</summary>
    public static async Task<IReadOnlyList<PlanOutcome>> ContractOutcomesAsync(AppDbContext db, Contract contract) =>
        contract.AppraisalId is { } appraisal
            ? await db
                .ContractOutcomes.AsNoTracking()
                .Where(o => o.OrganisationId == contract.OrganisationId && o.AppraisalId == appraisal && o.Recommended)
                .OrderBy(o => o.Title)
                .Select(o => new PlanOutcome(o.Id, o.Title))
                .ToListAsync()
            : [];
}
