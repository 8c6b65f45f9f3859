namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// What the workflow needs to know besides the request itself, including the organisation's purchasing rules in force
/// today (null when it has none), so that a page judging the request reads them once.
/// </summary>
public sealed record PurchaseContext(
    PurchaseRequest Request,
    DateOnly Today,
    Supplier? ChosenSupplier = null,
    bool OrderedFromChosenSupplierBefore = false,
    decimal? RequesterApprovalLimit = 0m,
    PurchaseOrder? Order = null,
    PurchaseEvaluation? Evaluation = null,
    PurchasingRuleSet? Rules = null
);

/// <summary>
/// The moves a purchase request may make and what must be true first (PU-P4, P10, P11). Only a draft can be changed; a
/// submitted request may be withdrawn to a draft. Approval by someone else is needed when the route departs from the
/// recommendation or the value is above the requester's own delegated limit; otherwise the requester may approve it
/// within their limit.
/// <para>
/// Stopping a purchase (<see cref="Withdraw"/>, <see cref="Cancel"/>): what a requester expects is that a request sent
/// but not yet decided (or refused) can be taken back to change it, and that anything not yet ordered can be dropped
/// when it is no longer needed. So the requester may withdraw a submitted, awaiting-approval or rejected request to a
/// draft (the decision is cleared and it must be submitted and approved again), and may cancel it with a reason at any
/// stage before the order. Once the purchase order is issued it is a commitment to the supplier and is ended with them,
/// not here.
/// </para>
/// </summary>
public static partial class PurchaseWorkflow
{
    public static IReadOnlyList<PurchaseStatus> NextSteps(PurchaseStatus from) =>
        from switch
        {
            PurchaseStatus.Draft => [PurchaseStatus.Submitted, PurchaseStatus.Cancelled],
            PurchaseStatus.Submitted =>
            [
                PurchaseStatus.AwaitingApproval,
                PurchaseStatus.Approved,
                PurchaseStatus.Draft,
                PurchaseStatus.Cancelled,
            ],
            PurchaseStatus.AwaitingApproval =>
            [
                PurchaseStatus.Approved,
                PurchaseStatus.Rejected,
                PurchaseStatus.Draft,
                PurchaseStatus.Cancelled,
            ],
            PurchaseStatus.Approved => [PurchaseStatus.Ordered, PurchaseStatus.Cancelled],
            PurchaseStatus.Rejected => [PurchaseStatus.Draft, PurchaseStatus.Cancelled],
            PurchaseStatus.Ordered => [PurchaseStatus.Received],
            PurchaseStatus.Received => [PurchaseStatus.Evaluated],
            _ => [],
        };

    /// <summary>A submitted request cannot be changed: withdraw it to a draft first.</summary>
    public static Result CanEdit(PurchaseRequest r) =>
        r.Status == PurchaseStatus.Draft
            ? Result.Ok()
            : Result.Fail(
                $"This request is {PurchaseStatusNames.Display(r.Status).ToLowerInvariant()}, so it cannot be changed. Only a draft can be changed"
            );

    /// <summary>True when someone other than the requester must approve.</summary>
    public static bool ApprovalRequired(PurchaseRequest r, decimal? requesterLimit) =>
        r.DepartsFromRecommendation || requesterLimit is { } limit && r.ValueToApprove > limit;

    /// <summary>True when the chosen supplier is unfamiliar and a specialist's advice is needed before approval
    /// (PU-P10).</summary>
    public static bool AdviceNeeded(PurchaseContext c) =>
        c.ChosenSupplier is { } s
        && SupplierRules.UnfamiliarBecause(s, c.Request.Category, c.Today, c.OrderedFromChosenSupplierBefore).Count > 0;

    /// <summary>Why the request cannot move to <paramref name="to"/>, one reason per line; empty when it can.</summary>
    public static IReadOnlyList<string> Blockers(PurchaseContext c, PurchaseStatus to)
    {
        var r = c.Request;
        if (!NextSteps(r.Status).Contains(to))
            return
            [
                $"A request that is {PurchaseStatusNames.Display(r.Status).ToLowerInvariant()} cannot move to {PurchaseStatusNames.Display(to).ToLowerInvariant()}",
            ];
        var reasons = new List<string>();
        switch (to)
        {
            case PurchaseStatus.Submitted:
                reasons.AddRange(PurchaseRequestRules.ValidateForSubmission(r, c.Today).Select(e => e.Message));
                break;
            case PurchaseStatus.AwaitingApproval or PurchaseStatus.Approved when r.Status == PurchaseStatus.Submitted:
                reasons.AddRange(ReadyForApproval(c));
                if (to == PurchaseStatus.Approved && ApprovalRequired(r, c.RequesterApprovalLimit))
                    reasons.Add(
                        r.DepartsFromRecommendation
                            ? "The route differs from the one recommended, so someone with the authority must approve it"
                            : $"{MoneyText.InText(r.ValueToApprove)} is above your delegated limit, so someone with the authority must approve it"
                    );
                break;
            case PurchaseStatus.Approved or PurchaseStatus.Rejected:
                if (r.Decision is null || r.ApproverUserId is null)
                    reasons.Add("The approver must record the decision");
                if (to == PurchaseStatus.Rejected && string.IsNullOrWhiteSpace(r.DecisionReason))
                    reasons.Add("Give the reason for rejecting the request");
                break;
            case PurchaseStatus.Ordered:
                if (c.Order is null)
                    reasons.Add("Issue the purchase order");
                break;
            case PurchaseStatus.Received:
                if (c.Order is not { IsReceived: true })
                    reasons.Add("Record the date received and the actual cost");
                break;
            case PurchaseStatus.Evaluated:
                if (c.Evaluation is null)
                    reasons.Add("Evaluate the purchase");
                else
                    reasons.AddRange(PurchaseMeasures.ValidateEvaluation(c.Evaluation).Select(e => e.Message));
                break;
            case PurchaseStatus.Cancelled:
                if (string.IsNullOrWhiteSpace(r.CancelledReason))
                    reasons.Add("Give the reason for cancelling");
                break;
        }
        return reasons;
    }

    /// <summary>What a submitted request needs before approval: a chosen quote from a usable supplier, enough quotes,
    /// advice if unfamiliar.</summary>
    private static IEnumerable<string> ReadyForApproval(PurchaseContext c)
    {
        var r = c.Request;
        if (r.Weights.Total != 100)
            yield return $"The weights must total 100; they total {r.Weights.Total}";
        if (r.ChosenQuote is null)
            yield return "Choose the quote of the most suitable supplier";
        if (c.ChosenSupplier is { } s && SupplierRules.QuoteRefusal(s) is { } refusal)
            yield return refusal;
        if (
            r.QuotesRequired is { } required
            && r.Quotes.Count < required
            && string.IsNullOrWhiteSpace(r.DepartureReason)
        )
            yield return $"Get {required} quotes, or give the reason you could not ({r.Quotes.Count} recorded)";
        if (AdviceNeeded(c) && !r.Advice.Any(a => a.IsAnswered))
            yield return $"{c.ChosenSupplier!.Name} is unfamiliar ({string.Join("; ", SupplierRules.UnfamiliarBecause(c.ChosenSupplier, r.Category, c.Today, c.OrderedFromChosenSupplierBefore))}): "
                + "ask a procurement specialist for advice and wait for the answer";
    }

    /// <summary>
    /// Whether this person may approve or reject the request: it must be awaiting approval, they must not be the
    /// requester, and their delegated limit must cover the value (a rejection needs approval authority too, but not a
    /// limit that covers the value).
    /// </summary>
    public static Result DecisionRefusal(
        PurchaseRequest r,
        string approverUserId,
        decimal? approverLimit,
        PurchaseDecision decision
    )
    {
        if (r.Status != PurchaseStatus.AwaitingApproval)
            return Result.Fail("This request is not awaiting approval");
        if (r.RequestedByUserId == approverUserId)
            return Result.Fail("You cannot approve your own request: someone else with the authority must decide it");
        if (approverLimit == 0m)
            return Result.Fail("Your role does not have authority to approve purchases");
        if (decision == PurchaseDecision.Approved && approverLimit is { } limit && r.ValueToApprove > limit)
            return Result.Fail(
                $"{MoneyText.InText(r.ValueToApprove)} is more than your delegated limit of {MoneyText.InText(limit)}: ask someone with a higher limit"
            );
        return Result.Ok();
    }

    /// <summary>The longest reason for cancelling that is kept.</summary>
    public const int CancelReasonMaxLength = PurchaseRequest.TextMaxLength;

    /// <summary>Why this user may not cancel the request, or Ok: only its requester may, and only before it is
    /// ordered.</summary>
    public static Result CancelRefusal(PurchaseRequest r, string userId) =>
        StopRefusal(r, userId)
        ?? (
            NextSteps(r.Status).Contains(PurchaseStatus.Cancelled)
                ? Result.Ok()
                : Result.Fail(WhyItCannotStop(r.Status))
        );

    /// <summary>Why this user may not withdraw the request to a draft, or Ok: its requester may while it is submitted,
    /// awaiting approval or rejected.</summary>
    public static Result WithdrawRefusal(PurchaseRequest r, string userId)
    {
        if (StopRefusal(r, userId) is { } refused)
            return refused;
        if (r.Status == PurchaseStatus.Draft)
            return Result.Fail("This request is already a draft, so you can change it as it is");
        return r.Status is PurchaseStatus.Submitted or PurchaseStatus.AwaitingApproval or PurchaseStatus.Rejected
            ? Result.Ok()
            : Result.Fail(
                r.Status == PurchaseStatus.Approved
                    ? "This purchase is approved, so it cannot go back to a draft: cancel it if it is no longer needed, or order it"
                    : WhyItCannotStop(r.Status)
            );
    }

    /// <summary>
    /// Cancels the request with the requester's reason, recording who and when. Returns the problems (a refusal has the
    /// field ""; a missing or over-long reason the field <c>CancelledReason</c>) and changes nothing when there are
    /// any.
    /// </summary>
    public static IReadOnlyList<FieldError> Cancel(PurchaseRequest r, string userId, string? reason, DateTimeOffset at)
    {
        var problems = new List<FieldError>();
        if (CancelRefusal(r, userId) is { Succeeded: false, Error: { } why })
            problems.Add(new FieldError("", why));
        var given = reason?.Trim();
        if (string.IsNullOrEmpty(given))
            problems.Add(
                new FieldError(nameof(PurchaseRequest.CancelledReason), "Enter why you are cancelling the purchase")
            );
        else if (given.Length > CancelReasonMaxLength)
            problems.Add(
                new FieldError(
                    nameof(PurchaseRequest.CancelledReason),
                    $"The reason must be {CancelReasonMaxLength:N0} characters or fewer"
                )
            );
        if (problems.Count > 0)
            return problems;
        r.Status = PurchaseStatus.Cancelled;
        r.CancelledReason = given;
        r.CancelledByUserId = userId;
        r.CancelledAt = at;
        return problems;
    }

    /// <summary>
    /// Takes a submitted, awaiting-approval or rejected request back to a draft so its requester can change it: the
    /// submission and any decision are cleared (the audit trail keeps them), so it must be submitted and approved
    /// again. Quotes and advice stay.
    /// </summary>
    public static Result Withdraw(PurchaseRequest r, string userId)
    {
        if (WithdrawRefusal(r, userId) is { Succeeded: false } refused)
            return refused;
        r.Status = PurchaseStatus.Draft;
        r.SubmittedAt = null;
        r.Decision = null;
        r.ApproverUserId = null;
        r.DecisionReason = null;
        r.DecidedAt = null;
        return Result.Ok();
    }

    private static Result? StopRefusal(PurchaseRequest r, string userId) =>
        r.RequestedByUserId != userId
            ? Result.Fail("Only the person who asked for this purchase can cancel or withdraw it")
            : null;

    private static string WhyItCannotStop(PurchaseStatus status) =>
        status switch
        {
            PurchaseStatus.Ordered =>
                "The purchase order has been issued, so the purchase cannot be cancelled here: the order is a commitment to the supplier. "
                    + "To stop it, contact the supplier and a procurement specialist, who can end the order under its terms",
            PurchaseStatus.Received or PurchaseStatus.Evaluated =>
                "The goods or services have been received, so there is nothing left to cancel. If something is wrong with them, contact the supplier and a procurement specialist",
            PurchaseStatus.Cancelled => "This purchase is already cancelled",
            _ => $"A request that is {PurchaseStatusNames.Display(status).ToLowerInvariant()} cannot be cancelled",
        };
}
