using CareCommissioning.Domain.Organisations;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>Whether an administrator's purchasing rules make sense before they come into force.</summary>
public static class PurchasingRules
{
    public const decimal MaxAmount = 1_000_000_000m;
    public const int MaxQuotes = 10;
    public const int MaxBands = 10;

    /// <summary>
    /// Why the rule set cannot be used, by field; empty when it can. A problem with one band or limit names its row and
    /// member (<c>Bands[2].Route</c>, <c>ApprovalLimits[0].Limit</c>), so a form or an API can point at it; a problem
    /// with the list as a whole names the list (<c>Bands</c>, <c>ApprovalLimits</c>). <paramref
    /// name="statutoryThreshold"/> is the lowest goods and services threshold that applies to the organisation: a band
    /// starting at or above it must be a formal tender, because the Act requires one there whatever the organisation's
    /// rules say.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(PurchasingRuleSet rules, decimal statutoryThreshold)
    {
        var errors = new FieldErrors();
        errors.When(rules.VersionNumber < 1, nameof(rules.VersionNumber), "Version number must be 1 or more");
        errors.When(
            rules.EffectiveFrom.Year is < 2000 or > 2100,
            nameof(rules.EffectiveFrom),
            "Enter the date the rules come into force"
        );
        errors.MaxLength(
            nameof(rules.ChangeNote),
            rules.ChangeNote,
            2000,
            "The note must be 2,000 characters or fewer"
        );

        var bands = rules.Bands;
        if (bands.Count == 0)
            errors.Add(nameof(rules.Bands), "Add at least one value band, starting at £0");
        else if (bands.Count > MaxBands)
            errors.Add(nameof(rules.Bands), $"Use {MaxBands} value bands or fewer");
        else
        {
            for (var i = 0; i < bands.Count; i++)
            {
                var b = bands[i];
                var row = $"Bands[{i}]";
                if (i == 0 && b.From != 0m)
                    errors.Add($"{row}.From", "The first value band must start at £0, so every value has a route");
                if (i > 0 && b.From <= bands[i - 1].From)
                    errors.Add(
                        $"{row}.From",
                        $"Each value band must start above the one before: {MoneyText.InText(b.From)} is not above {MoneyText.InText(bands[i - 1].From)}"
                    );
                if (b.From < 0 || b.From > MaxAmount)
                    errors.Add($"{row}.From", "A band must start between £0 and £1,000,000,000");
                if (!Enum.IsDefined(b.Route))
                    errors.Add($"{row}.Route", "Select the route for every value band");
                else
                {
                    if (i > 0 && Enum.IsDefined(bands[i - 1].Route) && b.Route < bands[i - 1].Route)
                        errors.Add(
                            $"{row}.Route",
                            $"A higher band cannot need a less formal route: {PurchaseRouteNames.Display(b.Route).ToLowerInvariant()} comes after {PurchaseRouteNames.Display(bands[i - 1].Route).ToLowerInvariant()}"
                        );
                    if (b.Route != PurchaseRoute.FormalTender && b.From >= statutoryThreshold)
                        errors.Add(
                            $"{row}.Route",
                            $"From {MoneyText.InText(statutoryThreshold)} the law requires a formal tender, so a band starting at {MoneyText.InText(b.From)} must be a formal tender"
                        );
                    if (b.Route == PurchaseRoute.SingleQuote && b.QuotesRequired != 1)
                        errors.Add($"{row}.QuotesRequired", "A single-quote band needs exactly 1 quote");
                    if (b.Route == PurchaseRoute.WrittenQuotes && b.QuotesRequired is < 2)
                        errors.Add($"{row}.QuotesRequired", "Written quotes means at least 2 quotes");
                }
                if (b.QuotesRequired is < 1 or > MaxQuotes)
                    errors.Add($"{row}.QuotesRequired", $"The number of quotes must be between 1 and {MaxQuotes}");
            }
        }

        var limits = rules.ApprovalLimits;
        errors.When(
            limits.Count == 0,
            nameof(rules.ApprovalLimits),
            "Give at least one role a delegated approval limit"
        );
        for (var i = 0; i < limits.Count; i++)
        {
            var l = limits[i];
            var row = $"ApprovalLimits[{i}]";
            if (!Enum.IsDefined(l.Role))
                errors.Add($"{row}.Role", "Select the role for every approval limit");
            else if (limits.Take(i).Any(earlier => earlier.Role == l.Role))
                errors.Add($"{row}.Role", "Give each role one approval limit only");
            if (l.Limit is < 0 or > MaxAmount)
                errors.Add($"{row}.Limit", "An approval limit must be between £0 and £1,000,000,000, or no limit");
        }
        if (limits.Count > 0 && limits.All(l => l.Limit is not null))
            errors.Add(
                nameof(rules.ApprovalLimits),
                "At least one role must be able to approve without limit, so every purchase can be approved"
            );
        return errors;
    }

    /// <summary>The authority type of an organisation (METHODS §4.1: NHS bodies are treated as central
    /// government).</summary>
    public static AuthorityType AuthorityTypeOf(OrganisationType type) =>
        type == OrganisationType.NhsBody ? AuthorityType.Central : AuthorityType.SubCentral;
}
