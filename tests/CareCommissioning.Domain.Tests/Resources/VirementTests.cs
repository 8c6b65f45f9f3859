using CareCommissioning.Domain.Resources;

namespace CareCommissioning.Domain.Tests.Resources;

/// <summary>Asking for a virement and deciding it: the money moves on both heads only when someone else approves
/// it.</summary>
public sealed class VirementTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private static Virement Asked(decimal amount = 20_000m) =>
        new()
        {
            FromHeadId = Guid.NewGuid(),
            ToHeadId = Guid.NewGuid(),
            Year = 2026,
            Amount = amount,
            Reason = "Winter pressures",
            RequestedBy = "",
        };

    [Fact]
    public void Request_RecordsWhoAskedAndWhen_AndChecksTheGivingHeadHoldsTheMoney()
    {
        var v = Asked();
        Assert.Empty(VirementRules.Request(v, "u1", "Sam Finance", Now, fromHeadAvailable: 50_000m));
        Assert.Equal(
            ("u1", "Sam Finance", Now, VirementStatus.Requested),
            (v.RequestedById, v.RequestedBy, v.RequestedAt, v.Status)
        );
        Assert.Equal(
            "Amount",
            Assert.Single(VirementRules.Request(Asked(60_000m), "u1", "Sam Finance", Now, 50_000m)).Field
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P11")]
    public void Decide_Approval_MovesTheMoneyOnBothHeads()
    {
        var v = Asked();
        var from = new BudgetAllocation
        {
            BudgetHeadId = v.FromHeadId,
            Year = 2026,
            Amount = 50_000m,
        };
        var to = new BudgetAllocation
        {
            BudgetHeadId = v.ToHeadId,
            Year = 2026,
            Amount = 1_000m,
        };
        v.RequestedById = "u1";
        Assert.Null(VirementRules.Decide(v, "u2", "Alex Decider", approve: true, "  Agreed  ", from, to, Now));
        Assert.Equal((30_000m, 21_000m), (from.Amount, to.Amount));
        Assert.Equal(
            (VirementStatus.Approved, "Alex Decider", Now, "Agreed"),
            (v.Status, v.DecidedBy, v.DecidedAt!.Value, v.DecisionNote)
        );
    }

    [Fact]
    public void Decide_ByTheRequester_Twice_OrWhenTheMoneyIsGone_IsRefused_AndNothingMoves()
    {
        var v = Asked();
        v.RequestedById = "u1";
        var from = new BudgetAllocation
        {
            BudgetHeadId = v.FromHeadId,
            Year = 2026,
            Amount = 10_000m,
        };
        var to = new BudgetAllocation { BudgetHeadId = v.ToHeadId, Year = 2026 };
        Assert.Equal(
            "Someone other than the person who asked for the virement must decide it",
            VirementRules.Decide(v, "u1", "Sam", true, null, from, to, Now)
        );
        Assert.StartsWith(
            "The head the money comes from no longer holds that much",
            VirementRules.Decide(v, "u2", "Alex", true, null, from, to, Now)
        );
        Assert.Equal((10_000m, 0m, VirementStatus.Requested), (from.Amount, to.Amount, v.Status));

        Assert.Null(VirementRules.Decide(v, "u2", "Alex", approve: false, "Not this year", from, to, Now));
        Assert.Equal((10_000m, VirementStatus.Rejected), (from.Amount, v.Status));
        Assert.Equal(
            "This virement has already been decided",
            VirementRules.Decide(v, "u3", "Jo", true, null, from, to, Now)
        );
    }
}
