using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Resources;

namespace CareCommissioning.Domain.Tests.Resources;

/// <summary>
/// Negotiation in rounds, one piece for an appraisal's budget proposal (OA-P20…P22) and a partnership's agreement
/// (PB-P12): the same rules whichever holds the rounds.
/// </summary>
public sealed class BudgetNegotiationTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly YearAmountProposal[] Pool = [new() { Year = 2026, Amount = 10_000_000m }];

    private static NegotiationRound Round(RoundKind kind, params YearAmountProposal[] amounts) =>
        new()
        {
            Kind = kind,
            By = "Someone",
            Amounts = [.. amounts],
            Message = "Why",
            DueOn = Today,
        };

    [Fact]
    [Trait("Criterion", "PB-P12")]
    public void ARoundsList_StartsWithAProposal_AndAnAgreementFixesTheAmountsOnTheTable()
    {
        var rounds = new List<NegotiationRound>();
        Assert.Equal(
            new FieldError("Kind", "Start with a proposal"),
            BudgetNegotiation.Refusal(rounds, null, RoundKind.Clarification, [], "What?", Today, Today)
        );
        Assert.Null(BudgetNegotiation.Refusal(rounds, null, RoundKind.Proposal, Pool, "The pool", Today, Today));
        BudgetNegotiation.Add(rounds, Round(RoundKind.Proposal, Pool));
        var counter = new YearAmountProposal { Year = 2026, Amount = 9_500_000m };
        BudgetNegotiation.Add(rounds, Round(RoundKind.CounterProposal, counter));
        var agreement = new NegotiationRound { Kind = RoundKind.Agreement, By = "Other" };
        Assert.Null(BudgetNegotiation.Refusal(rounds, null, RoundKind.Agreement, [], null, null, Today));
        BudgetNegotiation.Add(rounds, agreement);

        Assert.Equal(9_500_000m, Assert.Single(agreement.Amounts).Amount);
        Assert.Equal(9_500_000m, Assert.Single(BudgetNegotiation.Current(rounds)).Amount);
    }

    [Fact]
    public void AClosedNegotiation_SaysWhy_AndARoundNeedsItsMessageAndDate()
    {
        List<NegotiationRound> rounds = [Round(RoundKind.Proposal, Pool)];
        Assert.Equal(
            new FieldError("", "Signed off"),
            BudgetNegotiation.Refusal(rounds, "Signed off", RoundKind.Clarification, [], "What?", Today, Today)
        );
        Assert.Equal(
            "Message",
            BudgetNegotiation.Refusal(rounds, null, RoundKind.Clarification, [], " ", Today, Today)!.Field
        );
        Assert.Equal(
            "DueOn",
            BudgetNegotiation
                .Refusal(rounds, null, RoundKind.Clarification, [], "What?", Today.AddDays(-1), Today)!
                .Field
        );
        Assert.Equal(
            "Amounts",
            BudgetNegotiation
                .Refusal(
                    rounds,
                    null,
                    RoundKind.CounterProposal,
                    [new() { Year = 2026, Amount = 10_000_000_001m }],
                    "More",
                    Today,
                    Today
                )!
                .Field
        );
    }

    [Fact]
    public void AnAppraisalsProposal_EndsWhenAgreed_ThroughTheSameRules()
    {
        var proposal = new BudgetProposal();
        BudgetNegotiation.Add(proposal, Round(RoundKind.Proposal, Pool));
        BudgetNegotiation.Add(proposal, new NegotiationRound { Kind = RoundKind.Agreement });
        Assert.Equal(ProposalStatus.Agreed, proposal.Status);
        Assert.Equal(
            "This negotiation has ended; start a new proposal to change the budget",
            BudgetNegotiation.Refusal(proposal, RoundKind.Clarification, [], "What?", Today, Today)!.Message
        );
    }
}
