namespace CareCommissioning.Domain.Purchasing;

/// <summary>One process criterion measured: the target, what happened (null when the data does not say), and whether it
/// was met.</summary>
public sealed record ProcessMeasureResult(
    ProcessMeasureKind Kind,
    decimal Target,
    decimal? Actual,
    bool? Met,
    string Summary
);

/// <summary>Whether the purchase followed the rules, with the reasons when it did not.</summary>
public sealed record ComplianceResult(bool Compliant, IReadOnlyList<string> Reasons);

/// <summary>Estimated against actual whole-life cost (undiscounted), the variance in pounds and as a percentage of the
/// estimate.</summary>
public sealed record WholeLifeVariance(decimal Estimated, decimal Actual, decimal Variance, decimal? VariancePercent);

/// <summary>The evaluation's measures computed from the record where the data allows (PU-P12, P13, P16).</summary>
public static class PurchaseMeasures
{
    /// <summary>
    /// The purchase complied when: the route chosen was the one recommended, or a departure was approved by someone
    /// else; at least the required quotes were obtained, or the shortfall was explained and approved; advice was
    /// answered when the supplier was unfamiliar; it was approved before the order; and the order went to the supplier
    /// of the chosen quote.
    /// </summary>
    public static ComplianceResult Compliance(PurchaseRequest r, PurchaseOrder? order, bool adviceWasNeeded)
    {
        var reasons = new List<string>();
        var approvedBySomeoneElse =
            r.Decision == PurchaseDecision.Approved && r.ApproverUserId is { } a && a != r.RequestedByUserId;
        if (r.DepartsFromRecommendation && !approvedBySomeoneElse)
            reasons.Add("The route differed from the one recommended without approval by someone else");
        if (r.RecommendedRoute == PurchaseRoute.FormalTender && r.ChosenRoute != PurchaseRoute.FormalTender)
            reasons.Add("A formal tender was required and not used");
        if (
            r.QuotesRequired is { } required
            && r.Quotes.Count < required
            && (string.IsNullOrWhiteSpace(r.DepartureReason) || !approvedBySomeoneElse)
        )
            reasons.Add(
                $"{r.Quotes.Count} of the {required} quotes required were obtained, without an approved reason"
            );
        if (adviceWasNeeded && !r.Advice.Any(x => x.IsAnswered))
            reasons.Add("The supplier was unfamiliar and no specialist advice was answered");
        if (order is not null && r.Decision != PurchaseDecision.Approved)
            reasons.Add("The order was issued without approval");
        if (order is not null && r.ChosenQuote is { } q && order.SupplierId != q.SupplierId)
            reasons.Add("The order went to a different supplier from the chosen quote");
        return new(reasons.Count == 0, reasons);
    }

    /// <summary>
    /// Actual whole-life cost = the estimate with the purchase price and delivery replaced by the actual cost, because
    /// only the purchase cost is known at receipt; running, maintenance and disposal stay as estimated until they are
    /// incurred.
    /// </summary>
    public static WholeLifeVariance? Variance(PurchaseRequest r, PurchaseOrder? order)
    {
        if (order?.ActualCost is not { } actualCost || WholeLifeCost.Validate(r.WholeLife).Count > 0)
            return null;
        var estimated = WholeLifeCost.Calculate(r.WholeLife).Total;
        var actual = estimated - r.WholeLife.PurchasePrice - r.WholeLife.DeliveryAndInstallation + actualCost;
        var variance = actual - estimated;
        return new(estimated, actual, variance, estimated == 0 ? null : 100m * variance / estimated);
    }

    /// <summary>Each chosen process criterion against its target (PU-P12).</summary>
    public static IReadOnlyList<ProcessMeasureResult> Measure(
        PurchaseRequest r,
        PurchaseOrder? order,
        ComplianceResult compliance,
        PurchaseEvaluation? evaluation
    )
    {
        var results = new List<ProcessMeasureResult>();
        foreach (var m in r.ProcessMeasures)
        {
            switch (m.Kind)
            {
                case ProcessMeasureKind.DaysFromRequestToOrder:
                    if (r.SubmittedAt is { } submitted && order is not null)
                    {
                        var days = order.IssuedOn.DayNumber - UkCalendar.DateOf(submitted).DayNumber;
                        results.Add(
                            new(
                                m.Kind,
                                m.Target,
                                days,
                                days <= m.Target,
                                $"{days} days from request to order against a target of {m.Target:0}"
                            )
                        );
                    }
                    else
                        results.Add(
                            new(
                                m.Kind,
                                m.Target,
                                null,
                                null,
                                "Not known yet: the request has not been submitted and ordered"
                            )
                        );
                    break;
                case ProcessMeasureKind.QuotesObtainedAgainstRequired:
                    if (r.QuotesRequired is { } required and > 0)
                    {
                        var percent = 100m * r.Quotes.Count / required;
                        results.Add(
                            new(
                                m.Kind,
                                m.Target,
                                percent,
                                percent >= m.Target,
                                $"{r.Quotes.Count} of {required} quotes required ({percent:0}%) against a target of {m.Target:0}%"
                            )
                        );
                    }
                    else
                        results.Add(
                            new(m.Kind, m.Target, null, null, "No number of quotes was required for this route")
                        );
                    break;
                case ProcessMeasureKind.RuleCompliance:
                    results.Add(
                        new(
                            m.Kind,
                            m.Target,
                            compliance.Compliant ? 1 : 0,
                            compliance.Compliant,
                            compliance.Compliant
                                ? "The purchase complied with the rules"
                                : "The purchase did not comply: " + string.Join("; ", compliance.Reasons)
                        )
                    );
                    break;
                case ProcessMeasureKind.RequesterSatisfaction:
                    results.Add(
                        evaluation?.RequesterSatisfaction is { } sat
                            ? new(
                                m.Kind,
                                m.Target,
                                sat,
                                sat >= m.Target,
                                $"Satisfaction {sat} of 5 against a target of {m.Target:0.#}"
                            )
                            : new(m.Kind, m.Target, null, null, "The requester has not rated their satisfaction yet")
                    );
                    break;
            }
        }
        return results;
    }

    public static IReadOnlyList<FieldError> ValidateEvaluation(PurchaseEvaluation e)
    {
        var errors = new FieldErrors();
        errors.When(
            e.EffectivenessRating is < 1 or > 5,
            nameof(e.EffectivenessRating),
            "Rate how effective the process was, from 1 to 5"
        );
        errors.When(
            e.RequesterSatisfaction is < 1 or > 5,
            nameof(e.RequesterSatisfaction),
            "Rate your satisfaction from 1 to 5"
        );
        errors.When(
            e.ValueForMoney is null || !Enum.IsDefined(e.ValueForMoney.Value),
            nameof(e.ValueForMoney),
            "Judge whether the purchase was good value for money"
        );
        errors.Required(
            nameof(e.Benefits),
            e.Benefits,
            "Describe the benefits to people who use services, their key people and communities"
        );
        foreach (
            var (field, text) in new[]
            {
                ("EffectivenessNotes", e.EffectivenessNotes),
                ("ValueForMoneyNotes", e.ValueForMoneyNotes),
                ("Benefits", e.Benefits),
            }
        )
            if (text?.Length > PurchaseEvaluation.TextMaxLength)
                errors.Add(field, "This must be 4,000 characters or fewer");
        errors.When(
            e.SharedWithSpecialists && e.SharedOn is null,
            nameof(e.SharedOn),
            "Record the date the evaluation was shared"
        );
        return errors;
    }
}
