namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>
/// A contract's implementation plan with everything its pages and documents show: the activities with what they link
/// to, the version history, who it was shared with, the contract manager's reflections, and the assessment against
/// the organisation's risk appetite. Loaded for anyone who sees the contract (its provider too: the plan is what they
/// mobilise against); null when they do not see the contract, and no <see cref="Plan"/> when none is set out yet.
/// </summary>
public sealed record PlanView(
    Contract Contract,
    ImplementationPlan? Plan,
    IReadOnlyList<PlanActivity> Activities,
    IReadOnlyList<PlanChange> Changes,
    IReadOnlyList<PlanShare> Shares,
    IReadOnlyList<PlanReflection> Reflections,
    IReadOnlyDictionary<Guid, string> Outcomes,
    IReadOnlyDictionary<Guid, string> Provisions,
    IReadOnlyDictionary<Guid, Risk> Risks,
    PlanAssessment? Assessment,
    DateOnly Today
)
{
    public string OutcomeName(Guid? id) => id is { } i && Outcomes.TryGetValue(i, out var t) ? t : "None";

    public string? ProvisionName(Guid? id) => id is { } i && Provisions.TryGetValue(i, out var t) ? t : null;

    public string RiskName(Guid? id) => id is { } i && Risks.TryGetValue(i, out var r) ? r.Title : "None";

    public MilestoneStanding StandingOf(PlanActivity a) => MilestoneSlippage.Of(a.ToMilestone(), Today);

    public static async Task<PlanView?> LoadAsync(AppDbContext db, CurrentUser user, Guid contractId, DateOnly today)
    {
        var contract = await ContractAccess.FindVisibleAsync(db, user, contractId);
        if (contract is null)
            return null;
        var plan = await db.ImplementationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.ContractId == contractId);
        var outcomes = await PlanChoices.OutcomesAsync(db, contract.OrganisationId);
        var provisions = await PlanChoices.ProvisionsAsync(db, contract);
        if (plan is null)
            return new(contract, null, [], [], [], [], outcomes, provisions, new Dictionary<Guid, Risk>(), null, today);

        var activities = await db
            .PlanActivities.AsNoTracking()
            .Where(a => a.PlanId == plan.Id)
            .OrderBy(a => a.DueDate)
            .ThenBy(a => a.Title)
            .ToListAsync();
        var changes = await db
            .PlanChanges.AsNoTracking()
            .Where(c => c.PlanId == plan.Id)
            .OrderByDescending(c => c.At)
            .ToListAsync();
        var shares = await db
            .PlanShares.AsNoTracking()
            .Where(s => s.PlanId == plan.Id)
            .OrderByDescending(s => s.At)
            .ToListAsync();
        var reflections = await db
            .PlanReflections.AsNoTracking()
            .Where(r => r.PlanId == plan.Id)
            .OrderByDescending(r => r.At)
            .ToListAsync();
        // The plan's risks: those on the register against the contract, and those its activities name.
        var named = activities.Where(a => a.RiskId is not null).Select(a => a.RiskId!.Value).ToList();
        var risks = await db
            .Risks.AsNoTracking()
            .Where(r =>
                r.OrganisationId == contract.OrganisationId
                && ((r.LinkedRecordType == nameof(Contract) && r.LinkedRecordId == contract.Id) || named.Contains(r.Id))
            )
            .ToListAsync();
        var appetite = await AppetiteAsync(db, contract.OrganisationId);
        var planOutcomes = await PlanChoices.ContractOutcomesAsync(db, contract);
        var assessment = PlanAssessment.Of(
            plan,
            activities,
            planOutcomes,
            risks,
            appetite,
            RegulatedServices.Includes(contract.CpvCode),
            today
        );
        return new(
            contract,
            plan,
            activities,
            changes,
            shares,
            reflections,
            outcomes,
            provisions,
            risks.ToDictionary(r => r.Id),
            assessment,
            today
        );
    }

    /// <summary>The organisation's risk appetite, or none when its administrators have not set one.</summary>
    public static async Task<RiskAppetite?> AppetiteAsync(AppDbContext db, Guid organisationId)
    {
        var limits = await db
            .RiskAppetiteLimits.AsNoTracking()
            .Where(l => l.OrganisationId == organisationId)
            .ToListAsync();
        return limits.Count == 0 ? null : new RiskAppetite(limits.ToDictionary(l => l.Category, l => l.MaxScore));
    }
}
