using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Purchasing;

/// <summary>Each business event that moves a purchase, allowed and refused; a refused move changes nothing.</summary>
public sealed class PurchaseMovesTests
{
    private static readonly DateOnly Today = PurchaseWorkflowTests.Today;
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Submit_ACompleteDraft_IsSubmittedWithTheTime()
    {
        var r = PurchaseWorkflowTests.Plan();
        Assert.Empty(PurchaseWorkflow.Submit(r, "requester", Today, Now));
        Assert.Equal(PurchaseStatus.Submitted, r.Status);
        Assert.Equal(Now, r.SubmittedAt);
    }

    [Fact]
    public void Submit_AnIncompleteDraft_ListsTheProblems_AndStaysADraft()
    {
        var r = PurchaseWorkflowTests.Plan();
        r.OutcomeSupported = null;
        var problems = PurchaseWorkflow.Submit(r, "requester", Today, Now);
        Assert.Contains(problems, p => p.Field == nameof(PurchaseRequest.OutcomeSupported));
        Assert.Equal(PurchaseStatus.Draft, r.Status);
        Assert.Null(r.SubmittedAt);
    }

    [Fact]
    public void Submit_BySomeoneElse_OrWhenNotADraft_IsRefused()
    {
        var r = PurchaseWorkflowTests.Plan();
        Assert.Equal(
            "Only the person who asked for this purchase can submit it",
            Assert.Single(PurchaseWorkflow.Submit(r, "colleague", Today, Now)).Message
        );
        r.Status = PurchaseStatus.Approved;
        var refused = Assert.Single(PurchaseWorkflow.Submit(r, "requester", Today, Now));
        Assert.Equal("", refused.Field);
        Assert.StartsWith("This request is approved, so it cannot be changed", refused.Message);
        Assert.Equal(PurchaseStatus.Approved, r.Status);
    }

    [Fact]
    public void SendForApproval_WithinTheRequestersLimit_IsApprovedByThemAtOnce()
    {
        var (r, chosen) = PurchaseWorkflowTests.SubmittedWithQuotes();
        var context = new PurchaseContext(
            r,
            Today,
            chosen,
            OrderedFromChosenSupplierBefore: true,
            RequesterApprovalLimit: 25_000m
        );
        Assert.Empty(PurchaseWorkflow.SendForApproval(context, "requester", Now));
        Assert.Equal(PurchaseStatus.Approved, r.Status);
        Assert.Equal(("requester", PurchaseDecision.Approved, Now), (r.ApproverUserId, r.Decision, r.DecidedAt));
    }

    [Fact]
    public void SendForApproval_AboveTheRequestersLimit_AwaitsAnApprover()
    {
        var (r, chosen) = PurchaseWorkflowTests.SubmittedWithQuotes();
        var context = new PurchaseContext(
            r,
            Today,
            chosen,
            OrderedFromChosenSupplierBefore: true,
            RequesterApprovalLimit: 5_000m
        );
        Assert.Empty(PurchaseWorkflow.SendForApproval(context, "requester", Now));
        Assert.Equal(PurchaseStatus.AwaitingApproval, r.Status);
        Assert.Null(r.Decision);
    }

    [Fact]
    public void SendForApproval_WithBlockers_OrBySomeoneElse_IsRefused_AndChangesNothing()
    {
        var (r, chosen) = PurchaseWorkflowTests.SubmittedWithQuotes();
        r.ChosenQuoteId = null;
        var context = new PurchaseContext(
            r,
            Today,
            chosen,
            OrderedFromChosenSupplierBefore: true,
            RequesterApprovalLimit: 25_000m
        );
        Assert.Contains(PurchaseWorkflow.SendForApproval(context, "requester", Now), p =>
            p.Message == "Choose the quote of the most suitable supplier"
        );
        Assert.Equal(
            "Only the person who asked for this purchase can send it",
            Assert.Single(PurchaseWorkflow.SendForApproval(context, "colleague", Now)).Message
        );
        Assert.Equal(PurchaseStatus.Submitted, r.Status);
        Assert.Null(r.ApproverUserId);
    }

    [Fact]
    public void Decide_AnApproverWithinTheirLimit_Approves_OrRejectsWithAReason()
    {
        var (r, _) = PurchaseWorkflowTests.SubmittedWithQuotes();
        r.Status = PurchaseStatus.AwaitingApproval;
        Assert.Empty(
            PurchaseWorkflow.Decide(r, "manager", 25_000m, PurchaseDecision.Approved, "  Within budget  ", Now)
        );
        Assert.Equal(
            (PurchaseStatus.Approved, "manager", "Within budget", Now),
            (r.Status, r.ApproverUserId, r.DecisionReason, r.DecidedAt)
        );

        var (other, _) = PurchaseWorkflowTests.SubmittedWithQuotes();
        other.Status = PurchaseStatus.AwaitingApproval;
        Assert.Empty(PurchaseWorkflow.Decide(other, "manager", 5_000m, PurchaseDecision.Rejected, "Buy fewer", Now));
        Assert.Equal(PurchaseStatus.Rejected, other.Status);
    }

    [Fact]
    public void Decide_WithoutADecision_ARejectionWithoutAReason_OrOwnRequest_IsRefused()
    {
        var (r, _) = PurchaseWorkflowTests.SubmittedWithQuotes();
        r.Status = PurchaseStatus.AwaitingApproval;
        Assert.Equal(
            nameof(PurchaseRequest.Decision),
            Assert.Single(PurchaseWorkflow.Decide(r, "manager", 25_000m, null, null, Now)).Field
        );
        Assert.Equal(
            nameof(PurchaseRequest.DecisionReason),
            Assert.Single(PurchaseWorkflow.Decide(r, "manager", 25_000m, PurchaseDecision.Rejected, " ", Now)).Field
        );
        Assert.Contains(PurchaseWorkflow.Decide(r, "requester", 25_000m, PurchaseDecision.Approved, null, Now), p =>
            p
                is {
                    Field: "",
                    Message: "You cannot approve your own request: someone else with the authority must decide it"
                }
        );
        Assert.Contains(PurchaseWorkflow.Decide(r, "manager", 5_000m, PurchaseDecision.Approved, null, Now), p =>
            p.Message.Contains("more than your delegated limit")
        );
        Assert.Equal(PurchaseStatus.AwaitingApproval, r.Status);
        Assert.Null(r.Decision);
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    public void IssueOrder_AnApprovedPurchase_IsOrderedFromTheChosenQuote_NumberedAfterThisYearsOrders()
    {
        var (r, chosen) = PurchaseWorkflowTests.SubmittedWithQuotes();
        r.Status = PurchaseStatus.Approved;
        Assert.Empty(
            PurchaseWorkflow.IssueOrder(r, "requester", ["PO-2026-000041", "PO-2025-000090"], Today, out var order)
        );
        Assert.NotNull(order);
        Assert.Equal(
            ("PO-2026-000042", chosen.Id, 12_000m, Today),
            (order.Number, order.SupplierId, order.Amount, order.IssuedOn)
        );
        Assert.Equal(PurchaseStatus.Ordered, r.Status);
    }

    [Fact]
    public void IssueOrder_BeforeApproval_IsRefused()
    {
        var (r, _) = PurchaseWorkflowTests.SubmittedWithQuotes();
        Assert.Equal(
            "A purchase order is issued once the purchase is approved",
            Assert.Single(PurchaseWorkflow.IssueOrder(r, "requester", [], Today, out var order)).Message
        );
        Assert.Null(order);
        Assert.Equal(PurchaseStatus.Submitted, r.Status);
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    public void Receive_RecordsTheDateCostAndQuality_OnTheOrder()
    {
        var (r, order) = Ordered();
        Assert.Empty(PurchaseWorkflow.Receive(r, order, "requester", new(Today, 11_950m, 4, " Fitted well "), Today));
        Assert.Equal(
            (Today, 11_950m, 4, "Fitted well"),
            (
                order.ReceivedOn!.Value,
                order.ActualCost!.Value,
                order.QualityDeliveredRating!.Value,
                order.QualityDeliveredNote
            )
        );
        Assert.Equal(PurchaseStatus.Received, r.Status);
    }

    [Fact]
    public void Receive_InTheFuture_BeforeTheOrder_WithoutCostOrRating_IsRefused_AndChangesNothing()
    {
        var (r, order) = Ordered();
        Assert.Equal(
            [
                "The date received must be today or in the past",
                "Enter the actual cost in pounds, like 1,250",
                "Select how good what was delivered is",
            ],
            PurchaseWorkflow
                .Receive(r, order, "requester", new(Today.AddDays(1), null, 6, null), Today)
                .Select(p => p.Message)
        );
        Assert.Equal(
            "The date received cannot be before the order was issued",
            PurchaseWorkflow.Receive(r, order, "requester", new(Today.AddDays(-1), 1m, 3, null), Today).Single().Message
        );
        Assert.Equal(
            "Receipt is recorded once the order has been issued",
            PurchaseWorkflow.Receive(r, null, "requester", new(Today, 1m, 3, null), Today).Single().Message
        );
        Assert.Null(order.ReceivedOn);
        Assert.Equal(PurchaseStatus.Ordered, r.Status);
    }

    [Fact]
    [Trait("Criterion", "PU-P12")]
    public void Evaluate_AReceivedPurchase_Once_WithSatisfactionWhenItWasChosenAsACriterion()
    {
        var (r, _) = Ordered();
        r.Status = PurchaseStatus.Received;
        var evaluation = new PurchaseEvaluation
        {
            PurchaseRequestId = r.Id,
            EvaluatedByUserId = "requester",
            EvaluatedOn = Today,
            EffectivenessRating = 4,
            ValueForMoney = ValueForMoneyJudgement.Good,
            Benefits = "Two people moved home safely",
        };
        Assert.Contains(PurchaseWorkflow.Evaluate(r, evaluation, "requester", alreadyEvaluated: false), p =>
            p.Field == nameof(PurchaseEvaluation.RequesterSatisfaction)
        );
        Assert.Equal(PurchaseStatus.Received, r.Status);
        evaluation.RequesterSatisfaction = 5;
        Assert.Single(PurchaseWorkflow.Evaluate(r, evaluation, "requester", alreadyEvaluated: true));
        Assert.Single(PurchaseWorkflow.Evaluate(r, evaluation, "colleague", alreadyEvaluated: false));
        Assert.Empty(PurchaseWorkflow.Evaluate(r, evaluation, "requester", alreadyEvaluated: false));
        Assert.Equal(PurchaseStatus.Evaluated, r.Status);
    }

    private static (PurchaseRequest Request, PurchaseOrder Order) Ordered()
    {
        var (r, _) = PurchaseWorkflowTests.SubmittedWithQuotes();
        r.Status = PurchaseStatus.Approved;
        PurchaseWorkflow.IssueOrder(r, "requester", [], Today, out var order);
        return (r, order!);
    }
}
