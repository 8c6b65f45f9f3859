namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// The business events that move a purchase on: submit, send for approval, decide, issue the order, receive, evaluate.
/// Each checks its rules and returns the problems (field "" for a refusal of the whole move); it changes nothing when
/// there are any, so the page and the API that call it can show the problems and save nothing.
/// </summary>
public static partial class PurchaseWorkflow
{
    /// <summary>The requester submits their complete draft plan; after this it can only be withdrawn to change
    /// it.</summary>
    public static IReadOnlyList<FieldError> Submit(PurchaseRequest r, string userId, DateOnly today, DateTimeOffset at)
    {
        if (OwnerRefusal(r, userId, "submit") is { } notOwner)
            return [notOwner];
        if (CanEdit(r) is { Succeeded: false, Error: { } why })
            return [new FieldError("", why)];
        var problems = PurchaseRequestRules.ValidateForSubmission(r, today);
        if (problems.Count > 0)
            return problems;
        r.Status = PurchaseStatus.Submitted;
        r.SubmittedAt = at;
        return [];
    }

    /// <summary>
    /// The requester sends the submitted purchase on once a supplier is chosen: to an approver when the route departs
    /// from the recommendation or the value is above their own limit, otherwise approved at once by their own delegated
    /// authority.
    /// </summary>
    public static IReadOnlyList<FieldError> SendForApproval(PurchaseContext c, string userId, DateTimeOffset at)
    {
        var r = c.Request;
        if (OwnerRefusal(r, userId, "send") is { } notOwner)
            return [notOwner];
        var needsApprover = ApprovalRequired(r, c.RequesterApprovalLimit);
        var blockers =
            r.Status == PurchaseStatus.Submitted
                ? Blockers(c, needsApprover ? PurchaseStatus.AwaitingApproval : PurchaseStatus.Approved)
                : [$"This purchase is {PurchaseStatusNames.Display(r.Status).ToLowerInvariant()}"];
        if (blockers.Count > 0)
            return [.. blockers.Select(b => new FieldError("", b))];
        if (needsApprover)
        {
            r.Status = PurchaseStatus.AwaitingApproval;
            return [];
        }
        r.Status = PurchaseStatus.Approved;
        r.ApproverUserId = userId;
        r.Decision = PurchaseDecision.Approved;
        r.DecidedAt = at;
        return [];
    }

    /// <summary>
    /// An approver other than the requester approves or rejects a purchase awaiting approval, within their delegated
    /// limit; a rejection needs a reason.
    /// </summary>
    public static IReadOnlyList<FieldError> Decide(
        PurchaseRequest r,
        string approverUserId,
        decimal? approverLimit,
        PurchaseDecision? decision,
        string? reason,
        DateTimeOffset at
    )
    {
        var problems = new List<FieldError>();
        var given = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (decision is null || !Enum.IsDefined(decision.Value))
            problems.Add(new(nameof(PurchaseRequest.Decision), "Select whether you approve or reject the purchase"));
        if (decision == PurchaseDecision.Rejected && given is null)
            problems.Add(new(nameof(PurchaseRequest.DecisionReason), "Give the reason for rejecting the purchase"));
        if (reason?.Length > PurchaseRequest.TextMaxLength)
            problems.Add(new(nameof(PurchaseRequest.DecisionReason), "The reason must be 2,000 characters or fewer"));
        if (
            decision is { } d
            && DecisionRefusal(r, approverUserId, approverLimit, d) is { Succeeded: false, Error: { } why }
        )
            problems.Add(new("", why));
        if (problems.Count > 0)
            return problems;
        r.Decision = decision;
        r.ApproverUserId = approverUserId;
        r.DecisionReason = given;
        r.DecidedAt = at;
        r.Status = decision == PurchaseDecision.Approved ? PurchaseStatus.Approved : PurchaseStatus.Rejected;
        return [];
    }

    /// <summary>
    /// The requester issues the purchase order for the chosen quote of an approved purchase, numbered after the
    /// organisation's orders of the year (<paramref name="numbersThisYear"/>).
    /// </summary>
    public static IReadOnlyList<FieldError> IssueOrder(
        PurchaseRequest r,
        string userId,
        IEnumerable<string> numbersThisYear,
        DateOnly today,
        out PurchaseOrder? order
    )
    {
        order = null;
        if (OwnerRefusal(r, userId, "order") is { } notOwner)
            return [notOwner];
        if (r.Status != PurchaseStatus.Approved || r.ChosenQuote is not { } quote)
            return [new FieldError("", "A purchase order is issued once the purchase is approved")];
        order = new PurchaseOrder
        {
            OrganisationId = r.OrganisationId,
            PurchaseRequestId = r.Id,
            Number = OrderNumber.Next(numbersThisYear, today),
            IssuedOn = today,
            IssuedByUserId = userId,
            SupplierId = quote.SupplierId,
            QuoteId = quote.Id,
            Amount = quote.Price,
        };
        r.Status = PurchaseStatus.Ordered;
        return [];
    }

    /// <summary>What was delivered, as the requester records it: when, the actual cost and how good it was.</summary>
    public sealed record Receipt(DateOnly? ReceivedOn, decimal? ActualCost, int? QualityRating, string? QualityNote);

    /// <summary>
    /// The requester records the receipt of an ordered purchase: the date (not in the future, not before the order),
    /// the actual cost and the quality delivered from 1 to 5.
    /// </summary>
    public static IReadOnlyList<FieldError> Receive(
        PurchaseRequest r,
        PurchaseOrder? order,
        string userId,
        Receipt receipt,
        DateOnly today
    )
    {
        if (OwnerRefusal(r, userId, "receive") is { } notOwner)
            return [notOwner];
        if (r.Status != PurchaseStatus.Ordered || order is null)
            return [new FieldError("", "Receipt is recorded once the order has been issued")];
        var problems = new List<FieldError>();
        const string date = nameof(Receipt.ReceivedOn);
        if (receipt.ReceivedOn is not { } received)
            problems.Add(new(date, "Enter the date it was received"));
        else if (received > today)
            problems.Add(new(date, "The date received must be today or in the past"));
        else if (received < order.IssuedOn)
            problems.Add(new(date, "The date received cannot be before the order was issued"));
        if (receipt.ActualCost is not { } cost || cost < 0)
            problems.Add(new(nameof(Receipt.ActualCost), "Enter the actual cost in pounds, like 1,250"));
        else if (cost > RouteCalculator.MaxValue)
            problems.Add(new(nameof(Receipt.ActualCost), "The actual cost must be £1,000,000,000 or less"));
        if (receipt.QualityRating is not (>= 1 and <= 5))
            problems.Add(new(nameof(Receipt.QualityRating), "Select how good what was delivered is"));
        if (receipt.QualityNote?.Length > PurchaseRequest.TextMaxLength)
            problems.Add(new(nameof(Receipt.QualityNote), "The note must be 2,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        order.ReceivedOn = receipt.ReceivedOn;
        order.ActualCost = receipt.ActualCost;
        order.QualityDeliveredRating = receipt.QualityRating;
        order.QualityDeliveredNote = string.IsNullOrWhiteSpace(receipt.QualityNote) ? null : receipt.QualityNote.Trim();
        r.Status = PurchaseStatus.Received;
        return [];
    }

    /// <summary>
    /// The requester evaluates a received purchase, once (PU-P12…P17): the evaluation's own rules, and their
    /// satisfaction when it is one of the process criteria they chose.
    /// </summary>
    public static IReadOnlyList<FieldError> Evaluate(
        PurchaseRequest r,
        PurchaseEvaluation evaluation,
        string userId,
        bool alreadyEvaluated
    )
    {
        if (r.RequestedByUserId != userId || r.Status != PurchaseStatus.Received || alreadyEvaluated)
            return [new FieldError("", "A purchase is evaluated once it has been received, and only once")];
        var problems = new List<FieldError>();
        if (
            r.ProcessMeasures.Any(m => m.Kind == ProcessMeasureKind.RequesterSatisfaction)
            && evaluation.RequesterSatisfaction is null
        )
            problems.Add(
                new(
                    nameof(PurchaseEvaluation.RequesterSatisfaction),
                    "Rate your satisfaction with the process, from 1 to 5: it is one of the criteria you chose"
                )
            );
        problems.AddRange(PurchaseMeasures.ValidateEvaluation(evaluation));
        if (problems.Count > 0)
            return problems;
        r.Status = PurchaseStatus.Evaluated;
        return [];
    }

    private static FieldError? OwnerRefusal(PurchaseRequest r, string userId, string action) =>
        r.RequestedByUserId == userId
            ? null
            : new FieldError("", $"Only the person who asked for this purchase can {action} it");
}
