using CareCommissioning.Domain.Resources;

namespace CareCommissioning.Domain.Tests.Resources;

public sealed class BudgetHeadPositionTests
{
    private static readonly Guid Head = Guid.NewGuid();

    private static BudgetClaim Claim(ProposalStatus status, params (int Year, decimal Amount)[] amounts) =>
        new(
            Guid.NewGuid(),
            Head,
            Guid.NewGuid(),
            "Priority",
            status,
            amounts.Select(a => new YearAmountProposal { Year = a.Year, Amount = a.Amount }).ToList()
        );

    [Fact]
    public void Compute_TheHeadAsAWhole_SetsAgreedAndAskedAgainstTheMoney()
    {
        var agreed = Claim(ProposalStatus.Agreed, (2026, 300_000m), (2027, 320_000m));
        var open = Claim(ProposalStatus.Open, (2027, 150_000m), (2028, 90_000.50m));
        var withdrawn = Claim(ProposalStatus.Withdrawn, (2026, 1_000_000m));

        var position = BudgetHeadPosition.Compute([(2026, 500_000m), (2027, 400_000m)], [agreed, open, withdrawn]);

        Assert.Equal([2026, 2027, 2028], position.Select(p => p.Year));
        Assert.Equal([500_000m, 400_000m, 0m], position.Select(p => p.Held));
        Assert.Equal([300_000m, 320_000m, 0m], position.Select(p => p.Agreed));
        Assert.Equal([0m, 150_000m, 90_000.50m], position.Select(p => p.Asked));
        Assert.Equal([200_000m, 80_000m, 0m], position.Select(p => p.Left));
        Assert.Equal([200_000m, -70_000m, -90_000.50m], position.Select(p => p.LeftIfAllAgreed));
        Assert.Empty(BudgetHeadPosition.Overspent(position));
    }

    [Fact]
    public void Compute_AProposalInFocus_IsCountedApartFromTheOthers_AndAnOverspendIsFound()
    {
        var agreed = Claim(ProposalStatus.Agreed, (2027, 320_000m));
        var other = Claim(ProposalStatus.Open, (2027, 50_000m));
        var mine = Claim(ProposalStatus.Open, (2027, 100_000m), (2028, 10_000m));

        var position = BudgetHeadPosition.Compute(
            [(2027, 400_000m), (2028, 5_000m), (2029, 1m)],
            [agreed, other, mine],
            mine.ProposalId,
            [2027, 2028]
        );

        Assert.Equal([2027, 2028], position.Select(p => p.Year));
        Assert.Equal([100_000m, 10_000m], position.Select(p => p.Focus));
        Assert.Equal([320_000m, 0m], position.Select(p => p.Agreed));
        Assert.Equal([50_000m, 0m], position.Select(p => p.Asked));
        // 400,000 − 320,000 − 100,000: agreeing this would overspend 2027/28 by £20,000, and 2028/29 by £5,000.
        Assert.Equal([-20_000m, -5_000m], position.Select(p => p.Left));
        Assert.Equal([2027, 2028], BudgetHeadPosition.Overspent(position).Select(p => p.Year));
    }
}
