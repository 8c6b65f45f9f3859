using CareCommissioning.Web.Pages.Needs.Budgets;

namespace CareCommissioning.Web.Pages.Needs;

/// <summary>Commitment (cash) of every visible service line against every visible budget head, by year; shared by page
/// and API.</summary>
public static class VarianceQuery
{
    public sealed record Result(
        IReadOnlyList<VarianceRow> Rows,
        IReadOnlyDictionary<int, IReadOnlyList<string>> ServiceLinesByYear,
        IReadOnlyDictionary<int, decimal> PotentialByYear,
        IReadOnlyDictionary<int, decimal> AgreedForPrioritiesByYear
    );

    public static async Task<Result> LoadAsync(AppDbContext db, CurrentUser user)
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        var lines = await db
            .ServiceLines.AsNoTracking()
            .Where(s => visible.Contains(s.OrganisationId) && !s.Archived)
            .ToListAsync();
        var lineIds = lines.Select(l => l.Id).ToList();
        var figures = await db.DemandFigures.AsNoTracking().Where(f => lineIds.Contains(f.ServiceLineId)).ToListAsync();
        var commitment = lines
            .SelectMany(l =>
                ServiceLineRules
                    .Commitment(l, figures.Where(f => f.ServiceLineId == l.Id))
                    .Select(r => (Line: l.Name, Row: r))
            )
            .ToList();

        var headIds = await db
            .BudgetHeads.AsNoTracking()
            .Where(h => visible.Contains(h.OrganisationId) && !h.Archived)
            .Select(h => h.Id)
            .ToListAsync();
        var heads = await BudgetClaimsQuery.LoadAsync(db, headIds);

        var rows = VarianceAnalysis.Compute(
            commitment.Select(c => (c.Row.Year.StartYear, c.Row.Nominal)),
            heads.Money.SelectMany(m => m)
        );
        // The money of the heads already agreed for appraisals' priorities (OA-P21): resources, but spoken for.
        var agreed = heads
            .Claims.SelectMany(c => c)
            .Where(c => c.Status == ProposalStatus.Agreed)
            .SelectMany(c => c.Amounts)
            .GroupBy(a => a.Year)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var byYear = commitment
            .GroupBy(c => c.Row.Year.StartYear)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Line).Distinct().Order().ToList());
        // Viable funding opportunities counted as potential resource, at their expected value, in each year they would
        // pay.
        var potential = (
            await db
                .FundingOpportunities.AsNoTracking()
                .Where(f => visible.Contains(f.OrganisationId) && !f.Archived && f.CountAsPotentialResource)
                .ToListAsync()
        )
            .Where(f => FundingViability.IsViable(f.ViabilityScores))
            .SelectMany(f => f.PaymentYears.Select(y => (Year: y, f.ExpectedValue)))
            .GroupBy(p => p.Year)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.ExpectedValue));
        return new Result(rows, byYear, potential, agreed);
    }
}
