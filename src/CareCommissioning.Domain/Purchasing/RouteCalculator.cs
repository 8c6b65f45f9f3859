namespace CareCommissioning.Domain.Purchasing;

/// <summary>What the route calculator needs. <see cref="Rules"/> null means <see
/// cref="PurchasingRuleSet.Default"/>.</summary>
public sealed record RouteRequest(
    AuthorityType AuthorityType,
    string Category,
    decimal EstimatedValue,
    bool IncludesVat,
    DateOnly On,
    PurchasingRuleSet? Rules = null
);

/// <summary>
/// The route a purchase needs and why (PU-P4, P6). <see cref="QuotesRequired"/> is null for a formal tender. The
/// deciding threshold is the statutory one at or above which a formal tender is required, or else the organisation's
/// band edge that put the value where it is.
/// </summary>
public sealed record RouteDecision(
    PurchaseRoute Route,
    int? QuotesRequired,
    bool LightTouch,
    string ThresholdName,
    decimal ThresholdAmount,
    decimal ValueIncludingVat,
    decimal StatutoryThreshold,
    bool NotifiableIfAdvertised,
    int? RuleSetVersion,
    string Reason
);

/// <summary>
/// Applies the Procurement Act 2023 thresholds and then the organisation's bands to an estimated value.
/// <para>
/// VAT: the Act's thresholds include VAT, so a value entered without VAT has VAT at the standard rate (20%) added
/// before it is compared with any threshold or band. Where the purchase carries no VAT (much care is exempt), the value
/// already is the value including VAT: enter it with "includes VAT".
/// </para>
/// </summary>
public static class RouteCalculator
{
    /// <summary>The UK standard rate of VAT (20% since 4 January 2011).</summary>
    public const decimal StandardVatRate = 0.20m;
    public const decimal MaxValue = 1_000_000_000m;

    public static decimal IncludingVat(decimal value, bool includesVat) =>
        includesVat ? value : value * (1 + StandardVatRate);

    /// <summary>Why the request cannot be answered, by field; empty when it can.</summary>
    public static IReadOnlyList<FieldError> Validate(RouteRequest r, CpvCatalogue? catalogue = null)
    {
        var errors = new FieldErrors();
        errors.When(
            !Enum.IsDefined(r.AuthorityType),
            nameof(r.AuthorityType),
            "Select whether the buyer is central government or sub-central"
        );
        if ((catalogue ?? CpvCatalogue.Standard).Check(r.Category, "Category") is { } cpv)
            errors.Add(cpv);
        if (r.EstimatedValue <= 0)
            errors.Add(nameof(r.EstimatedValue), "Estimated value must be more than £0");
        else if (r.EstimatedValue > MaxValue)
            errors.Add(nameof(r.EstimatedValue), "Estimated value must be £1,000,000,000 or less");
        if (ProcurementThresholds.InForceOn(r.On) is null)
            errors.Add(
                nameof(r.On),
                $"Enter a date from {DateText.Format(ProcurementThresholds.All[0].EffectiveFrom)}"
            );
        errors.When(
            r.Rules is { Bands.Count: 0 },
            nameof(r.Rules),
            "The organisation's purchasing rules have no value bands"
        );
        return errors;
    }

    /// <summary>The route for a valid request; throws <see cref="ArgumentException"/> when <see cref="Validate"/> finds
    /// problems.</summary>
    public static RouteDecision Decide(RouteRequest r)
    {
        var errors = Validate(r);
        if (errors.Count > 0)
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")), nameof(r));

        var thresholds = ProcurementThresholds.InForceOn(r.On)!;
        var category = CpvCode.Normalise(r.Category)!; // Validate has checked it against the list
        var gross = IncludingVat(r.EstimatedValue, r.IncludesVat);
        var lightTouch = LightTouchServices.Includes(category);
        var statutory = lightTouch ? thresholds.LightTouch : thresholds.GoodsAndServices(r.AuthorityType);
        var statutoryName =
            lightTouch ? "the Procurement Act 2023 light-touch threshold"
            : r.AuthorityType == AuthorityType.Central
                ? "the Procurement Act 2023 threshold for central government goods and services"
            : "the Procurement Act 2023 threshold for sub-central goods and services";
        var since = $" (in force from {DateText.Format(thresholds.EffectiveFrom)})";
        var value = ValueText(r, gross);
        var lightTouchNote = lightTouch
            ? "This is a light-touch service (health, social care, education or a similar service to people), so the higher threshold of "
                + $"{MoneyText.InText(thresholds.LightTouch)} applies. "
            : "";
        var notifiable = gross >= thresholds.NotifiableBelowThreshold(r.AuthorityType);
        var rules = r.Rules ?? PurchasingRuleSet.Default(Guid.Empty, r.On);

        if (gross >= statutory)
            return new(
                PurchaseRoute.FormalTender,
                null,
                lightTouch,
                statutoryName + since,
                statutory,
                gross,
                statutory,
                false,
                r.Rules?.VersionNumber,
                lightTouchNote
                    + $"{value} is {MoneyText.InText(statutory)} or more, {statutoryName}{since}, so you need a formal tender run by the "
                    + "procurement specialists. Ask them before you talk to suppliers."
            );

        var band = rules.BandFor(gross);
        var above = rules.BandAbove(band);
        var quotes = band.Route == PurchaseRoute.FormalTender ? (int?)null : band.QuotesRequired;
        var need = PurchaseRouteNames.Need(band.Route, quotes);
        var upper = above is not null && above.From < statutory ? above.From : statutory;
        var upperText =
            above is not null && above.From < statutory
                ? MoneyText.InText(upper)
                : $"{MoneyText.InText(statutory)}, {statutoryName}";
        string reason;
        (string Name, decimal Amount) decidedBy;
        if (band.From > 0)
        {
            decidedBy = (
                $"your organisation's rules: {PurchaseRouteNames.Display(band.Route).ToLowerInvariant()} from {MoneyText.InText(band.From)}",
                band.From
            );
            reason =
                $"{value} is {MoneyText.InText(band.From)} or more but under {upperText}, so your organisation's rules say you need {need}.";
        }
        else
        {
            decidedBy =
                above is not null && above.From < statutory
                    ? (
                        $"your organisation's rules: {PurchaseRouteNames.Display(band.Route).ToLowerInvariant()} under {MoneyText.InText(upper)}",
                        upper
                    )
                    : (statutoryName + since, statutory);
            reason = $"{value} is under {upperText}, so your organisation's rules say you need {need}.";
        }
        if (band.Route == PurchaseRoute.FormalTender)
            reason += " The procurement specialists will run it.";
        var notifiableNow = notifiable && band.Route != PurchaseRoute.FormalTender;
        if (notifiableNow)
            reason +=
                $" Because it is worth {MoneyText.InText(thresholds.NotifiableBelowThreshold(r.AuthorityType))} or more, if you advertise it you must "
                + "publish a below-threshold tender notice on the Central Digital Platform first.";
        return new(
            band.Route,
            quotes,
            lightTouch,
            decidedBy.Name,
            decidedBy.Amount,
            gross,
            statutory,
            notifiableNow,
            r.Rules?.VersionNumber,
            lightTouchNote + reason
        );
    }

    private static string ValueText(RouteRequest r, decimal gross) =>
        r.IncludesVat
            ? $"{MoneyText.InText(gross)} including VAT"
            : $"{MoneyText.InText(r.EstimatedValue)} plus VAT at 20% is {MoneyText.InText(gross)}, which";
}
