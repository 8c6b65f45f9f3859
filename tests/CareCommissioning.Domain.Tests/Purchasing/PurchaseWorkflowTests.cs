using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Tests.Builders;

namespace CareCommissioning.Domain.Tests.Purchasing;

public sealed class PurchaseWorkflowTests
{
    internal static readonly DateOnly Today = new(2026, 3, 1);

    internal static PurchaseRequest Plan(decimal value = 12_000m) =>
        new PurchaseRequestBuilder().On(Today).Valued(value).Build();

    private static PurchaseQuote Quote(
        PurchaseRequest r,
        Supplier s,
        decimal price,
        decimal? wholeLife,
        params int[] scores
    ) => PurchaseRequestBuilder.Quote(r, s, price, wholeLife, scores);

    internal static (PurchaseRequest Request, Supplier Chosen) SubmittedWithQuotes()
    {
        var a = new SupplierBuilder().Build();
        var b = new SupplierBuilder().Named("Better Lifts").Build();
        var c = new SupplierBuilder().Named("Cheap Hoists").Build();
        var r = new PurchaseRequestBuilder()
            .On(Today)
            .InStatus(PurchaseStatus.Submitted)
            .WithQuote(a, 11_000m, 12_500m, 4, 3, 4, 3, 5)
            .WithQuote(b, 12_000m, 13_000m, 5, 4, 4, 4, 5)
            .WithQuote(c, 9_000m, 14_000m, 2, 2, 3, 2, 3)
            .Choosing(b)
            .Build();
        return (r, b);
    }

    [Fact]
    public void ACompletePlan_CanBeSubmitted_WithTheRouteAndRuleVersionRecorded()
    {
        var r = Plan();
        Assert.Equal(PurchaseRoute.WrittenQuotes, r.RecommendedRoute);
        Assert.Equal(3, r.QuotesRequired);
        Assert.Equal(PurchaseRoute.WrittenQuotes, r.ChosenRoute);
        Assert.Equal(1, r.RuleSetVersion);
        Assert.NotNull(r.RuleSetId);
        Assert.Empty(PurchaseRequestRules.ValidateForSubmission(r, Today));
        Assert.Empty(PurchaseWorkflow.Blockers(new(r, Today), PurchaseStatus.Submitted));
    }

    [Fact]
    [Trait("Criterion", "PU-P3")]
    public void Submission_RefusesMissingJustificationZeroQuantityPastDateBadWeightsAndUnknownCode()
    {
        var r = Plan();
        r.Quantity = 0;
        r.DateNeeded = Today.AddDays(-1);
        r.OutcomeSupported = null;
        r.BudgetHeadId = null;
        r.Category = "33190000-9";
        r.Weights.Quality = 50;
        r.PeopleWhoUseServiceInvolved = true;
        var errors = PurchaseRequestRules.ValidateForSubmission(r, Today);
        Assert.Equal(
            [
                "Category",
                "Quantity",
                "DateNeeded",
                "OutcomeSupported",
                "BudgetHeadId",
                "HowPeopleAreInvolved",
                "Weights",
            ],
            errors.Select(e => e.Field).Distinct()
        );
        Assert.Contains(errors, e => e.Message == "The weights must total 100; they total 120");
        Assert.Contains(errors, e => e.Message == "The date you need it by must be today or in the future");
    }

    [Fact]
    [Trait("Criterion", "PU-P6")]
    public void ADeparture_NeedsAReason_AndApproval_AndAFormalTenderCannotBeAvoided()
    {
        var r = Plan();
        r.ChosenRoute = PurchaseRoute.SingleQuote;
        Assert.Contains(PurchaseRequestRules.ValidateForSubmission(r, Today), e => e.Field == "DepartureReason");
        r.DepartureReason = "Only one supplier fits the ceiling";
        Assert.Empty(PurchaseRequestRules.ValidateForSubmission(r, Today));
        Assert.True(PurchaseWorkflow.ApprovalRequired(r, requesterLimit: null));

        var big = Plan(300_000m);
        Assert.Equal(PurchaseRoute.FormalTender, big.RecommendedRoute);
        big.ChosenRoute = PurchaseRoute.RequestForQuotation;
        big.DepartureReason = "Faster";
        Assert.Contains(PurchaseRequestRules.ValidateForSubmission(big, Today), e =>
            e.Message == "This purchase needs a formal tender: you cannot choose a less formal route"
        );
    }

    [Fact]
    public void OnlyADraft_CanBeChanged()
    {
        var r = Plan();
        Assert.True(PurchaseWorkflow.CanEdit(r).Succeeded);
        r.Status = PurchaseStatus.Submitted;
        Assert.Equal(
            "This request is submitted, so it cannot be changed. Only a draft can be changed",
            PurchaseWorkflow.CanEdit(r).Error
        );
        Assert.Contains(PurchaseStatus.Draft, PurchaseWorkflow.NextSteps(PurchaseStatus.Submitted));
        Assert.Single(PurchaseWorkflow.Blockers(new(r, Today), PurchaseStatus.Ordered));
    }

    [Fact]
    [Trait("Criterion", "PU-P9")]
    public void MostSuitableSupplier_IsTheBestWeightedScore_WithReasons()
    {
        var (r, _) = SubmittedWithQuotes();
        var ranked = QuoteRanking.Rank(r);
        // Better Lifts: 40×12,500/13,000 + 30×5/5 + 10×4/5 + 10×4/5 + 5×4/5 + 5×5/5 = 38.4615 + 30 + 8 + 8 + 4 + 5 =
        // 93.4615.
        Assert.Equal("Better Lifts", ranked[0].SupplierName);
        Assert.Equal(93.4615m, Math.Round(ranked[0].Total, 4));
        Assert.Equal([1, 2, 3], ranked.Select(x => x.Rank));
        Assert.Equal(
            "Better Lifts is the most suitable supplier, with 93.5 of 100 points. Its strongest criteria were quality (30 of 30) and organisational policy (5 of 5).",
            ranked[0].Reasons
        );
        Assert.StartsWith("Cheap Hoists comes 3rd", ranked[2].Reasons);
    }

    [Fact]
    public void Ranking_NeedsAScoreForEveryWeightedCriterion()
    {
        var (r, _) = SubmittedWithQuotes();
        r.Quotes[0].Scores.RemoveAll(s => s.Criterion == SelectionCriterion.Quality);
        Assert.Contains(QuoteRanking.Validate(r), e => e.Message == "Score Acme Care Ltd's quote on quality");
    }

    [Fact]
    [Trait("Criterion", "PU-P10")]
    public void AnUnfamiliarSupplier_NeedsAnsweredAdvice_BeforeApproval()
    {
        var (r, chosen) = SubmittedWithQuotes();
        var context = new PurchaseContext(r, Today, chosen, RequesterApprovalLimit: 5_000m);
        Assert.True(PurchaseWorkflow.AdviceNeeded(context));
        Assert.Contains(PurchaseWorkflow.Blockers(context, PurchaseStatus.AwaitingApproval), b =>
            b.StartsWith("Better Lifts is unfamiliar")
        );
        r.Advice.Add(new() { AskedByUserId = "requester", Question = "Do you know Better Lifts?" });
        Assert.NotEmpty(PurchaseWorkflow.Blockers(context, PurchaseStatus.AwaitingApproval));
        r.Advice[0].AnsweredByUserId = "specialist";
        r.Advice[0].Answer = "Yes, they installed hoists for the council last year.";
        Assert.Empty(PurchaseWorkflow.Blockers(context, PurchaseStatus.AwaitingApproval));
        // £12,000 is over the purchaser's £5,000, so they cannot approve it themselves.
        Assert.Contains(PurchaseWorkflow.Blockers(context, PurchaseStatus.Approved), b =>
            b.Contains("above your delegated limit")
        );
    }

    [Fact]
    public void TooFewQuotes_OrASuspendedChosenSupplier_BlockApproval()
    {
        var (r, chosen) = SubmittedWithQuotes();
        r.Quotes.RemoveAt(2);
        chosen.Status = SupplierStatus.Suspended;
        var blockers = PurchaseWorkflow.Blockers(
            new(r, Today, chosen, OrderedFromChosenSupplierBefore: true),
            PurchaseStatus.AwaitingApproval
        );
        Assert.Contains("Get 3 quotes, or give the reason you could not (2 recorded)", blockers);
        Assert.Contains(blockers, b => b.StartsWith("Better Lifts is suspended"));
    }

    [Fact]
    public void AQuoteFromASuspendedSupplier_IsRefused()
    {
        var (r, _) = SubmittedWithQuotes();
        var suspended = new SupplierBuilder().InStatus(SupplierStatus.Suspended).Build();
        var errors = PurchaseRequestRules.ValidateQuote(r, Quote(r, suspended, 10m, null, 1, 1, 1, 1, 1), suspended);
        Assert.Contains(errors, e => e.Field == "SupplierId" && e.Message.Contains("suspended"));
        var ok = new SupplierBuilder().Build();
        Assert.Empty(PurchaseRequestRules.ValidateQuote(r, Quote(r, ok, 10m, 12m, 1, 1, 1, 1, 1), ok));
        Assert.Contains(PurchaseRequestRules.ValidateQuote(r, Quote(r, ok, 10m, 12m, 6, 1, 1, 1, 1), ok), e =>
            e.Message == "Score quality from 0 to 5"
        );
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    public void Approval_IsRefusedToTheRequester_AndBeyondTheApproversLimit()
    {
        var (r, _) = SubmittedWithQuotes();
        r.Status = PurchaseStatus.AwaitingApproval;
        Assert.Equal(
            "You cannot approve your own request: someone else with the authority must decide it",
            PurchaseWorkflow.DecisionRefusal(r, "requester", null, PurchaseDecision.Approved).Error
        );
        Assert.Equal(
            "£12,000 is more than your delegated limit of £5,000: ask someone with a higher limit",
            PurchaseWorkflow.DecisionRefusal(r, "manager", 5_000m, PurchaseDecision.Approved).Error
        );
        Assert.True(PurchaseWorkflow.DecisionRefusal(r, "manager", 5_000m, PurchaseDecision.Rejected).Succeeded);
        Assert.True(PurchaseWorkflow.DecisionRefusal(r, "manager", 25_000m, PurchaseDecision.Approved).Succeeded);
        Assert.False(PurchaseWorkflow.DecisionRefusal(r, "auditor", 0m, PurchaseDecision.Approved).Succeeded);
        var rules = PurchasingRuleSet.Default(Guid.NewGuid(), Today);
        Assert.True(
            PurchaseWorkflow
                .DecisionRefusal(r, "director", rules.ApprovalLimitFor([Role.DecisionMaker]), PurchaseDecision.Approved)
                .Succeeded
        );
    }

    [Fact]
    public void WithinTheRequestersOwnLimit_AndOnTheRecommendedRoute_NoOtherApprovalIsNeeded()
    {
        var r = Plan(4_000m);
        Assert.False(PurchaseWorkflow.ApprovalRequired(r, 5_000m));
        Assert.True(PurchaseWorkflow.ApprovalRequired(r, 3_000m));
    }

    [Fact]
    public void OrderNumbers_ArePerYearSequences()
    {
        Assert.Equal("PO-2026-000123", OrderNumber.Format(2026, 123));
        Assert.Equal("PO-2026-000124", OrderNumber.Next(["PO-2026-000123", "PO-2025-000900", "junk"], new(2026, 5, 1)));
        Assert.Equal("PO-2027-000001", OrderNumber.Next(["PO-2026-000123"], new(2027, 1, 1)));
        Assert.True(OrderNumber.TryParse("PO-2026-000123", out var year, out var seq) && year == 2026 && seq == 123);
        Assert.False(OrderNumber.TryParse("PO-2026-00012", out _, out _));
    }

    [Fact]
    [Trait("Criterion", "PU-P12")]
    public void Evaluation_MeasuresTheProcessAgainstTheTargetsChosenAtTheStart()
    {
        var (r, chosen) = SubmittedWithQuotes();
        r.Decision = PurchaseDecision.Approved;
        r.ApproverUserId = "manager";
        var order = new PurchaseOrder
        {
            Number = "PO-2026-000001",
            IssuedByUserId = "requester",
            IssuedOn = new(2026, 3, 25),
            SupplierId = chosen.Id,
            Amount = 12_000m,
            ReceivedOn = new(2026, 4, 10),
            ActualCost = 11_000m,
        };
        var evaluation = new PurchaseEvaluation
        {
            EvaluatedByUserId = "requester",
            EffectivenessRating = 4,
            RequesterSatisfaction = 3,
            ValueForMoney = ValueForMoneyJudgement.Good,
            Benefits = "Two people can stay at home",
        };
        var compliance = PurchaseMeasures.Compliance(r, order, adviceWasNeeded: false);
        Assert.True(compliance.Compliant);
        var results = PurchaseMeasures.Measure(r, order, compliance, evaluation);
        Assert.Equal([24m, 100m, 1m, 3m], results.Select(m => m.Actual));
        Assert.Equal([false, true, true, false], results.Select(m => m.Met));
        Assert.Equal("24 days from request to order against a target of 20", results[0].Summary);
    }

    [Fact]
    [Trait("Criterion", "PU-P13")]
    public void Compliance_ListsWhatWentWrong()
    {
        var (r, chosen) = SubmittedWithQuotes();
        r.Quotes.RemoveAt(2);
        var order = new PurchaseOrder
        {
            Number = "PO-2026-000001",
            IssuedByUserId = "requester",
            SupplierId = Guid.NewGuid(),
        };
        var result = PurchaseMeasures.Compliance(r, order, adviceWasNeeded: true);
        Assert.False(result.Compliant);
        Assert.Equal(4, result.Reasons.Count);
        Assert.Contains("2 of the 3 quotes required were obtained, without an approved reason", result.Reasons);
        Assert.Contains("The order was issued without approval", result.Reasons);
    }

    [Fact]
    public void ListColumns_AreTheDomainsAnswer_AndCompliance_IsKnownOnceOrdered()
    {
        var (r, chosen) = SubmittedWithQuotes();
        r.Decision = PurchaseDecision.Approved;
        r.ApproverUserId = "manager";
        r.RefreshListColumns(order: null);
        Assert.Equal(chosen.Id, r.ChosenSupplierId);
        Assert.Equal(r.ChosenQuote!.SupplierName, r.ChosenSupplierName);
        Assert.Null(r.Compliant);
        Assert.Null(r.CommittedSpend);
        Assert.Null(r.OrderNumber);

        var order = new PurchaseOrder
        {
            Number = "PO-2026-000001",
            IssuedByUserId = "requester",
            SupplierId = chosen.Id,
            Amount = 12_000m,
        };
        r.Status = PurchaseStatus.Ordered;
        r.RefreshListColumns(order);
        Assert.Equal(PurchaseMeasures.Compliance(r, order, adviceWasNeeded: false).Compliant, r.Compliant);
        Assert.True(r.Compliant);
        Assert.Equal("PO-2026-000001", r.OrderNumber);
        Assert.Equal(r.EstimatedValueIncludingVat, r.CommittedSpend);

        // Advice asked and never answered counts as needed and missing; the actual cost replaces the estimate once
        // received.
        r.Advice.Add(new PurchaseAdvice { AskedByUserId = "requester", Question = "Is this supplier sound?" });
        order.ReceivedOn = new(2026, 4, 1);
        order.ActualCost = 11_000.5m;
        r.Status = PurchaseStatus.Received;
        r.RefreshListColumns(order);
        Assert.False(r.Compliant);
        Assert.Equal(11_000.5m, r.CommittedSpend);
    }

    [Theory]
    [InlineData("4999.995", 499_999L)]
    [InlineData("5000", 500_000L)]
    [InlineData("5000.004", 500_000L)]
    [InlineData("0.009", 0L)]
    public void WholePence_RoundsDown_SoBandsCompareAsThePoundsDo(string pounds, long pence) =>
        Assert.Equal(
            pence,
            PurchasingCompliance.WholePence(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture))
        );

    [Fact]
    [Trait("Criterion", "PU-P16")]
    public void ValueForMoney_ComparesActualWithEstimatedWholeLifeCost()
    {
        var r = Plan();
        // Estimated: 10,000 + 500 + 5 × 300 = 12,000. Actual purchase 11,000 instead of 10,500 → 12,500, +£500,
        // +4.1667%.
        var v = PurchaseMeasures.Variance(
            r,
            new()
            {
                Number = "PO-2026-000001",
                IssuedByUserId = "u",
                ActualCost = 11_000m,
            }
        )!;
        Assert.Equal(12_000m, v.Estimated);
        Assert.Equal(12_500m, v.Actual);
        Assert.Equal(500m, v.Variance);
        Assert.Equal(4.1667m, Math.Round(v.VariancePercent!.Value, 4));
        Assert.Null(PurchaseMeasures.Variance(r, null));
    }

    [Fact]
    [Trait("Criterion", "PU-P17")]
    public void AnEvaluation_NeedsRatingsAndTheBenefitsToPeople()
    {
        var e = new PurchaseEvaluation
        {
            EvaluatedByUserId = "u",
            EffectivenessRating = 0,
            SharedWithSpecialists = true,
        };
        Assert.Equal(
            ["EffectivenessRating", "ValueForMoney", "Benefits", "SharedOn"],
            PurchaseMeasures.ValidateEvaluation(e).Select(x => x.Field)
        );
    }

    [Fact]
    [Trait("Criterion", "PU-P15")]
    public void ProcessChanges_AreDecidedByAnotherSpecialistWithAReason_AndMayUpdateTheRules()
    {
        var p = new ProcessChangeProposal
        {
            OrganisationId = Guid.NewGuid(),
            ProposedByUserId = "requester",
            WhatToChange = "Raise the single-quote band to £10,000",
            Why = "Small items take weeks",
        };
        Assert.Empty(ProcessChangeRules.Validate(p));
        Assert.Empty(
            ProcessChangeRules.ValidateComment(p, new() { AuthorUserId = "s", Text = "Agree for equipment only" })
        );
        Assert.Equal(
            "Only a procurement specialist can agree or reject a change to the process",
            ProcessChangeRules
                .DecisionRefusal(p, "manager", [Role.Commissioner], ProcessChangeStatus.Agreed, "ok")
                .Error
        );
        Assert.False(
            ProcessChangeRules
                .DecisionRefusal(p, "specialist", [Role.ProcurementSpecialist], ProcessChangeStatus.Agreed, " ")
                .Succeeded
        );
        Assert.True(
            ProcessChangeRules
                .DecisionRefusal(
                    p,
                    "specialist",
                    [Role.ProcurementSpecialist],
                    ProcessChangeStatus.Agreed,
                    "Evaluations show delays"
                )
                .Succeeded
        );
        var rules = PurchasingRuleSet.Default(p.OrganisationId, Today);
        Assert.False(ProcessChangeRules.LinkRuleSet(p, rules).Succeeded);
        p.Status = ProcessChangeStatus.Agreed;
        rules.VersionNumber = 2;
        Assert.True(ProcessChangeRules.LinkRuleSet(p, rules).Succeeded);
        Assert.Equal(2, p.RuleSetVersion);
        Assert.Equal(p.Id, rules.ProcessChangeProposalId);
        Assert.NotEmpty(ProcessChangeRules.ValidateComment(p, new() { AuthorUserId = "s", Text = "Late" }));
    }

    [Fact]
    [Trait("Criterion", "PU-P14")]
    public void Dashboard_ComplianceRateRoutesSpendAndValueForMoney()
    {
        var s1 = Guid.NewGuid();
        PurchaseSummary[] purchases =
        [
            new(
                Guid.NewGuid(),
                PurchaseStatus.Evaluated,
                PurchaseRoute.WrittenQuotes,
                "33190000-8",
                s1,
                "Acme",
                12_000m,
                11_000m,
                true,
                ValueForMoneyJudgement.Good
            ),
            new(
                Guid.NewGuid(),
                PurchaseStatus.Received,
                PurchaseRoute.SingleQuote,
                "33141000-0",
                s1,
                "Acme",
                1_000m,
                1_200m,
                false,
                null
            ),
            new(
                Guid.NewGuid(),
                PurchaseStatus.Ordered,
                PurchaseRoute.WrittenQuotes,
                "30192000-1",
                Guid.NewGuid(),
                "Paper Co",
                6_000m,
                null,
                true,
                null
            ),
            new(
                Guid.NewGuid(),
                PurchaseStatus.Draft,
                PurchaseRoute.SingleQuote,
                "30192000-1",
                null,
                null,
                500m,
                null,
                null,
                null
            ),
            new(
                Guid.NewGuid(),
                PurchaseStatus.Evaluated,
                PurchaseRoute.RequestForQuotation,
                "85311200-4",
                Guid.NewGuid(),
                "Care Co",
                40_000m,
                38_000m,
                true,
                ValueForMoneyJudgement.Poor
            ),
        ];
        var d = PurchasingCompliance.Summarise(purchases);
        Assert.Equal(5, d.Purchases);
        Assert.Equal(4, d.Assessed);
        Assert.Equal(0.75m, d.ComplianceRate);
        Assert.Equal(2, d.RoutesUsed[PurchaseRoute.WrittenQuotes]);
        Assert.Equal(1, d.RoutesUsed[PurchaseRoute.SingleQuote]);
        Assert.Equal(12_200m, d.SpendByDivision["33"]);
        Assert.Equal(6_000m, d.SpendByDivision["30"]);
        Assert.Equal(12_200m, d.SpendBySupplier["Acme"]);
        Assert.Equal(1, d.ValueForMoney[ValueForMoneyJudgement.Poor]);
        Assert.Null(PurchasingCompliance.Summarise([]).ComplianceRate);
    }

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [Trait("Criterion", "PU-P11")]
    [InlineData(PurchaseStatus.Draft)]
    [InlineData(PurchaseStatus.Submitted)]
    [InlineData(PurchaseStatus.AwaitingApproval)]
    [InlineData(PurchaseStatus.Approved)]
    [InlineData(PurchaseStatus.Rejected)]
    public void TheRequester_CancelsBeforeTheOrder_WithAReason_RecordingWhoAndWhen(PurchaseStatus status)
    {
        var r = new PurchaseRequestBuilder().On(Today).InStatus(status).Build();
        Assert.True(PurchaseWorkflow.CancelRefusal(r, "requester").Succeeded);

        // No reason: refused, nothing changed.
        var problems = PurchaseWorkflow.Cancel(r, "requester", "  ", Now);
        Assert.Equal([new("CancelledReason", "Enter why you are cancelling the purchase")], problems);
        Assert.Equal(status, r.Status);
        Assert.Null(r.CancelledAt);

        Assert.Empty(PurchaseWorkflow.Cancel(r, "requester", " The person moved to a care home ", Now));
        Assert.Equal(PurchaseStatus.Cancelled, r.Status);
        Assert.Equal("The person moved to a care home", r.CancelledReason);
        Assert.Equal("requester", r.CancelledByUserId);
        Assert.Equal(Now, r.CancelledAt);
    }

    [Theory]
    [InlineData(PurchaseStatus.Ordered, "The purchase order has been issued")]
    [InlineData(PurchaseStatus.Received, "The goods or services have been received")]
    [InlineData(PurchaseStatus.Evaluated, "The goods or services have been received")]
    [InlineData(PurchaseStatus.Cancelled, "This purchase is already cancelled")]
    public void OnceOrdered_ItCannotBeCancelledOrWithdrawn_AndTheRefusalSaysWhy(PurchaseStatus status, string why)
    {
        var r = new PurchaseRequestBuilder().On(Today).InStatus(status).Build();
        Assert.StartsWith(why, PurchaseWorkflow.CancelRefusal(r, "requester").Error);
        Assert.StartsWith(why, PurchaseWorkflow.WithdrawRefusal(r, "requester").Error);
        var problems = PurchaseWorkflow.Cancel(r, "requester", "Not needed", Now);
        Assert.StartsWith(why, Assert.Single(problems).Message);
        Assert.Equal(status, r.Status);
        Assert.Null(r.CancelledByUserId);
    }

    [Fact]
    public void OnlyTheRequester_CancelsOrWithdraws_AndAnOverlongReasonIsRefused()
    {
        var (r, _) = SubmittedWithQuotes();
        const string refusal = "Only the person who asked for this purchase can cancel or withdraw it";
        Assert.Equal(refusal, PurchaseWorkflow.CancelRefusal(r, "someone-else").Error);
        Assert.Equal(refusal, PurchaseWorkflow.WithdrawRefusal(r, "someone-else").Error);
        Assert.Equal(refusal, PurchaseWorkflow.Cancel(r, "someone-else", "Not needed", Now).Single().Message);
        Assert.Equal(
            "CancelledReason",
            PurchaseWorkflow.Cancel(r, "requester", new string('x', 2001), Now).Single().Field
        );
        Assert.Equal(PurchaseStatus.Submitted, r.Status);
    }

    [Theory]
    [InlineData(PurchaseStatus.Submitted)]
    [InlineData(PurchaseStatus.AwaitingApproval)]
    [InlineData(PurchaseStatus.Rejected)]
    public void AnUndecidedOrRefusedRequest_IsWithdrawnToADraft_ClearingTheSubmissionAndDecision(PurchaseStatus status)
    {
        var (r, _) = SubmittedWithQuotes();
        r.Status = status;
        if (status == PurchaseStatus.Rejected)
        {
            r.Decision = PurchaseDecision.Rejected;
            r.ApproverUserId = "approver";
            r.DecisionReason = "Get a third quote";
            r.DecidedAt = Now;
        }
        Assert.True(PurchaseWorkflow.Withdraw(r, "requester").Succeeded);
        Assert.Equal(PurchaseStatus.Draft, r.Status);
        Assert.True(PurchaseWorkflow.CanEdit(r).Succeeded);
        Assert.Null(r.SubmittedAt);
        Assert.Null(r.Decision);
        Assert.Null(r.ApproverUserId);
        Assert.Null(r.DecisionReason);
        Assert.Equal(3, r.Quotes.Count);
    }

    [Fact]
    public void ADraftOrAnApprovedRequest_IsNotWithdrawn()
    {
        var r = Plan();
        Assert.Equal(
            "This request is already a draft, so you can change it as it is",
            PurchaseWorkflow.WithdrawRefusal(r, "requester").Error
        );
        r.Status = PurchaseStatus.Approved;
        Assert.False(PurchaseWorkflow.Withdraw(r, "requester").Succeeded);
        Assert.Equal(PurchaseStatus.Approved, r.Status);
    }
}
