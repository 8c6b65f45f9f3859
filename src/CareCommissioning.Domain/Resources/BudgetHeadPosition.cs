namespace CareCommissioning.Domain.Resources;

/// <summary>An appraisal's claim on a budget head: the amounts of its budget proposal, on the table or
/// agreed.</summary>
public sealed record BudgetClaim(
    Guid ProposalId,
    Guid BudgetHeadId,
    Guid AppraisalId,
    string AppraisalTitle,
    ProposalStatus Status,
    IReadOnlyList<YearAmountProposal> Amounts
)
{
    public decimal In(int year) => Amounts.Where(a => a.Year == year).Sum(a => a.Amount);

    public decimal Total => Amounts.Sum(a => a.Amount);
}

/// <summary>
/// One financial year of a budget head as a negotiator sees it (OA-P21): the money it holds, what is already agreed
/// for priorities, what open proposals ask for, and the claim in focus (the proposal being negotiated, or nothing).
/// </summary>
public sealed record HeadYearPosition(int Year, decimal Held, decimal Agreed, decimal Asked, decimal Focus)
{
    /// <summary>What the head has left once the agreed claims and the one in focus are met; negative is an
    /// overspend.</summary>
    public decimal Left => Held - Agreed - Focus;

    /// <summary>What would be left if every open proposal were agreed as it stands.</summary>
    public decimal LeftIfAllAgreed => Left - Asked;
}

/// <summary>
/// Balancing a priority's budget against the rest of the organisation's needs on the same budget head (OA-P21): the
/// head's money by year set against every appraisal's claim on it. Withdrawn proposals claim nothing.
/// </summary>
public static class BudgetHeadPosition
{
    /// <param name="held">The head's money by financial year (start year).</param>
    /// <param name="claims">Every claim on the head.</param>
    /// <param name="focus">The proposal under negotiation, counted apart from the others; null for the head as a
    /// whole.</param>
    /// <param name="years">The years to show; by default every year with money or a claim.</param>
    public static IReadOnlyList<HeadYearPosition> Compute(
        IEnumerable<(int Year, decimal Amount)> held,
        IEnumerable<BudgetClaim> claims,
        Guid? focus = null,
        IEnumerable<int>? years = null
    )
    {
        var money = held.GroupBy(h => h.Year).ToDictionary(g => g.Key, g => g.Sum(h => h.Amount));
        var live = claims.Where(c => c.Status != ProposalStatus.Withdrawn).ToList();
        var inFocus = live.Where(c => c.ProposalId == focus).ToList();
        var others = live.Where(c => c.ProposalId != focus).ToList();
        var shown = years?.Distinct().Order().ToList()
            ?? money.Keys.Union(live.SelectMany(c => c.Amounts.Select(a => a.Year))).Order().ToList();
        return shown
            .Select(y => new HeadYearPosition(
                y,
                money.GetValueOrDefault(y),
                others.Where(c => c.Status == ProposalStatus.Agreed).Sum(c => c.In(y)),
                others.Where(c => c.Status == ProposalStatus.Open).Sum(c => c.In(y)),
                inFocus.Sum(c => c.In(y))
            ))
            .ToList();
    }

    /// <summary>The years in which the position leaves the head overspent.</summary>
    public static IReadOnlyList<HeadYearPosition> Overspent(IEnumerable<HeadYearPosition> position) =>
        position.Where(p => p.Left < 0).ToList();
}
