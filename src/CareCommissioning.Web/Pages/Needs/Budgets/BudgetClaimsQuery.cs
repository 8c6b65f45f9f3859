namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>
/// Budget heads with their money and the appraisals' claims on them (OA-P21), read once for the negotiation page, a
/// head's page, the variance and the API. The caller has already limited the heads to those the user may see.
/// </summary>
public static class BudgetClaimsQuery
{
    public sealed record Heads(ILookup<Guid, (int Year, decimal Amount)> Money, ILookup<Guid, BudgetClaim> Claims)
    {
        public IReadOnlyList<HeadYearPosition> Position(
            Guid head,
            Guid? focus = null,
            IEnumerable<int>? years = null
        ) => BudgetHeadPosition.Compute(Money[head], Claims[head], focus, years);
    }

    public static async Task<Heads> LoadAsync(AppDbContext db, IReadOnlyCollection<Guid> headIds)
    {
        var money = await db
            .BudgetAllocations.AsNoTracking()
            .Where(a => headIds.Contains(a.BudgetHeadId))
            .Select(a => new
            {
                a.BudgetHeadId,
                a.Year,
                a.Amount,
            })
            .ToListAsync();
        var proposals = await db
            .BudgetProposals.AsNoTracking()
            .Where(p => headIds.Contains(p.BudgetHeadId) && p.Status != ProposalStatus.Withdrawn)
            .ToListAsync();
        var appraisalIds = proposals.Select(p => p.AppraisalId).Distinct().ToList();
        var titles = await db
            .Appraisals.AsNoTracking()
            .Where(a => appraisalIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Title })
            .ToDictionaryAsync(a => a.Id, a => a.Title);
        return new Heads(
            money.ToLookup(m => m.BudgetHeadId, m => (m.Year, m.Amount)),
            proposals
                .OrderBy(p => p.CreatedAt)
                .Select(p => new BudgetClaim(
                    p.Id,
                    p.BudgetHeadId,
                    p.AppraisalId,
                    titles.GetValueOrDefault(p.AppraisalId, "An appraisal"),
                    p.Status,
                    p.Current
                ))
                .ToLookup(c => c.BudgetHeadId)
        );
    }
}
