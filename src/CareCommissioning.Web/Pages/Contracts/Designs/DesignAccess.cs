namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>Finding a contract design, or its provision, that the user may read or change: in one of their
/// organisations, or "not found", so nothing is learnt by guessing an address.</summary>
public static class DesignAccess
{
    public static Task<ContractDesign?> FindAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var orgs = user.OrganisationsFor(policy);
        var query = track ? db.ContractDesigns : db.ContractDesigns.AsNoTracking();
        return query.FirstOrDefaultAsync(d => d.Id == id && orgs.Contains(d.OrganisationId));
    }

    public static Task<ContractProvision?> FindProvisionAsync(
        AppDbContext db,
        CurrentUser user,
        Guid designId,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var orgs = user.OrganisationsFor(policy);
        var query = track ? db.ContractProvisions : db.ContractProvisions.AsNoTracking();
        return query.FirstOrDefaultAsync(p => p.Id == id && p.DesignId == designId && orgs.Contains(p.OrganisationId));
    }

    /// <summary>The design's outcomes, in the order they were chosen, with their titles.</summary>
    public static async Task<IReadOnlyList<ContractOutcome>> OutcomesAsync(AppDbContext db, ContractDesign design)
    {
        var ids = design.OutcomeIds;
        var found = await db
            .ContractOutcomes.AsNoTracking()
            .Where(o => ids.Contains(o.Id) && o.OrganisationId == design.OrganisationId)
            .ToListAsync();
        return ids.Select(id => found.FirstOrDefault(o => o.Id == id)).OfType<ContractOutcome>().ToList();
    }

    /// <summary>The organisation's outcomes recommended for a contract, as choices.</summary>
    public static async Task<IReadOnlyList<ContractOutcome>> RecommendedAsync(AppDbContext db, Guid organisation) =>
        await db
            .ContractOutcomes.AsNoTracking()
            .Where(o => o.OrganisationId == organisation && o.Recommended)
            .OrderBy(o => o.Title)
            .ToListAsync();

    /// <summary>What the design still needs before it is ready (CD-P13).</summary>
    public static async Task<IReadOnlyList<string>> MissingAsync(AppDbContext db, ContractDesign design)
    {
        var outcomes = await OutcomesAsync(db, design);
        var provisions = await db.ContractProvisions.AsNoTracking().Where(p => p.DesignId == design.Id).ToListAsync();
        return ContractDesignRules.Missing(outcomes.Select(o => (o.Id, o.Title)).ToList(), provisions);
    }

    /// <summary>A ready design that no longer has what it needs once its provisions are <paramref name="after"/> goes
    /// back to draft, in the same save.</summary>
    public static void KeepReadyHonest(AppDbContext db, Guid designId, IReadOnlyCollection<ContractProvision> after)
    {
        var design = db.ContractDesigns.First(d => d.Id == designId);
        if (design.Status != DesignStatus.Ready)
            return;
        var ids = design.OutcomeIds;
        var outcomes = db.ContractOutcomes.AsNoTracking().Where(o => ids.Contains(o.Id)).ToList();
        if (ContractDesignRules.Missing(outcomes.Select(o => (o.Id, o.Title)).ToList(), after).Count > 0)
            design.ReturnToDraft();
    }

    /// <summary>The design's provisions other than <paramref name="except"/>.</summary>
    public static List<ContractProvision> OtherProvisions(AppDbContext db, Guid designId, Guid except) =>
        db.ContractProvisions.AsNoTracking().Where(p => p.DesignId == designId && p.Id != except).ToList();
}
