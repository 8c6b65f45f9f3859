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

    /// <summary>The contractual provisions of the contract's design (CD-P15), by id and title with their kind; none
    /// when it came from no design.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> ProvisionsAsync(AppDbContext db, Contract contract) =>
        contract.DesignId is { } design
            ? (
                await db
                    .ContractProvisions.AsNoTracking()
                    .Where(p => p.DesignId == design && p.OrganisationId == contract.OrganisationId)
                    .OrderBy(p => p.Kind)
                    .ThenBy(p => p.Title)
                    .Select(p => new
                    {
                        p.Id,
                        p.Kind,
                        p.Title,
                    })
                    .ToListAsync()
            ).ToDictionary(p => p.Id, p => $"{ProvisionKindNames.Display(p.Kind)}: {p.Title}")
            : new Dictionary<Guid, string>();

    /// <summary>The priority outcomes the plan must serve: those of the contract's design when it came from one, or
    /// else those recommended from its options appraisal (the outcomes people agreed for it); none otherwise.</summary>
    public static async Task<IReadOnlyList<PlanOutcome>> ContractOutcomesAsync(AppDbContext db, Contract contract)
    {
        var outcomes = db.ContractOutcomes.AsNoTracking().Where(o => o.OrganisationId == contract.OrganisationId);
        if (contract.DesignId is { } design)
        {
            var ids = await db
                .ContractDesigns.AsNoTracking()
                .Where(d => d.Id == design)
                .Select(d => d.OutcomeIds)
                .FirstOrDefaultAsync()
                ?? [];
            outcomes = outcomes.Where(o => ids.Contains(o.Id));
        }
        else if (contract.AppraisalId is { } appraisal)
            outcomes = outcomes.Where(o => o.AppraisalId == appraisal && o.Recommended);
        else
            return [];
        return await outcomes.OrderBy(o => o.Title).Select(o => new PlanOutcome(o.Id, o.Title)).ToListAsync();
    }
}
