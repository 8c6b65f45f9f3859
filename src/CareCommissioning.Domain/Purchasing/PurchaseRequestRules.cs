namespace CareCommissioning.Domain.Purchasing;

/// <summary>What a purchase request's answers must satisfy: loosely while a draft is saved, fully before it is
/// submitted.</summary>
public static class PurchaseRequestRules
{
    public const decimal MaxQuantity = 1_000_000m;
    public const int MaxProcessMeasures = 4;

    /// <summary>Checks on what has been answered so far, so a draft keeps the answers given without saving
    /// nonsense.</summary>
    public static IReadOnlyList<FieldError> ValidateDraft(PurchaseRequest r, CpvCatalogue? catalogue = null)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(r.Description),
            r.Description,
            PurchaseRequest.TextMaxLength,
            "Enter what you need to buy",
            "Description must be 2,000 characters or fewer"
        );
        if (
            !string.IsNullOrWhiteSpace(r.Category)
            && (catalogue ?? CpvCatalogue.Standard).Check(r.Category, "Category") is { } cpv
        )
            errors.Add(cpv);
        if (r.Quantity < 0)
            errors.Add(nameof(r.Quantity), "Quantity must be more than 0");
        else if (r.Quantity > MaxQuantity)
            errors.Add(nameof(r.Quantity), "Quantity must be 1,000,000 or fewer");
        errors.MaxLength(nameof(r.Unit), r.Unit, 50, "Unit must be 50 characters or fewer");
        Text(errors, "OutcomeSupported", "The outcome or service it supports", r.OutcomeSupported);
        Text(errors, "OthersBuyingSame", "Other teams or partners buying the same", r.OthersBuyingSame);
        Text(errors, "HowPeopleAreInvolved", "How people who use the service are involved", r.HowPeopleAreInvolved);
        Text(errors, "DepartureReason", "The reason for the different route", r.DepartureReason);
        if (r.EstimatedValue < 0)
            errors.Add(nameof(r.EstimatedValue), "Estimated value must be more than £0");
        else if (r.EstimatedValue > RouteCalculator.MaxValue)
            errors.Add(nameof(r.EstimatedValue), "Estimated value must be £1,000,000,000 or less");
        foreach (var e in WholeLifeCost.Validate(r.WholeLife).Where(e => e.Message != "Enter at least one cost"))
            errors.Add(e);
        var weights = new[]
        {
            r.Weights.WholeLifeCost,
            r.Weights.Quality,
            r.Weights.Sustainability,
            r.Weights.Outcomes,
            r.Weights.SocialValue,
            r.Weights.OrganisationalPolicy,
        };
        errors.When(weights.Any(w => w is < 0 or > 100), nameof(r.Weights), "Each weight must be between 0 and 100");
        if (!Enum.IsDefined(r.CostScoring) || r.CostScoring == PriceMethod.Absolute)
            errors.Add(
                nameof(r.CostScoring),
                "Select how whole-life cost is scored: against the lowest or against the mean"
            );
        if (
            r.ProcessMeasures.Count > MaxProcessMeasures
            || r.ProcessMeasures.GroupBy(m => m.Kind).Any(g => g.Count() > 1)
        )
            errors.Add(nameof(r.ProcessMeasures), "Choose each process criterion once");
        foreach (var m in r.ProcessMeasures)
            if (TargetProblem(m) is { } problem)
                errors.Add(nameof(r.ProcessMeasures), problem);
        return errors;
    }

    /// <summary>Everything a submitted request needs (PU-P1…P8), on the day <paramref name="today"/>.</summary>
    public static IReadOnlyList<FieldError> ValidateForSubmission(
        PurchaseRequest r,
        DateOnly today,
        CpvCatalogue? catalogue = null
    )
    {
        var errors = new FieldErrors();
        errors.AddRange(ValidateDraft(r, catalogue));
        errors.Required(nameof(r.Category), r.Category, "Enter the CPV category of what you need");
        errors.When(r.Quantity == 0, nameof(r.Quantity), "Quantity must be more than 0");
        if (r.DateNeeded is null)
            errors.Add(nameof(r.DateNeeded), "Enter the date you need it by");
        else if (r.DateNeeded < today)
            errors.Add(nameof(r.DateNeeded), "The date you need it by must be today or in the future");
        errors.Required(
            nameof(r.OutcomeSupported),
            r.OutcomeSupported,
            "Enter the outcome or service the purchase supports"
        );
        errors.When(
            r.BudgetHeadId is null || r.BudgetHeadId == Guid.Empty,
            nameof(r.BudgetHeadId),
            "Select the budget head the purchase is charged to"
        );
        errors.Required(
            nameof(r.OthersBuyingSame),
            r.OthersBuyingSame,
            "Say whether other teams or partners buy the same, or write 'none found'"
        );
        if (r.PeopleWhoUseServiceInvolved && string.IsNullOrWhiteSpace(r.HowPeopleAreInvolved))
            errors.Add(nameof(r.HowPeopleAreInvolved), "Say how people who use the service are involved in choosing");
        errors.When(r.EstimatedValue == 0, nameof(r.EstimatedValue), "Estimated value must be more than £0");
        if (!errors.Any(e => e.Field is "PurchasePrice" or "LifeYears"))
            foreach (var e in WholeLifeCost.Validate(r.WholeLife).Where(e => e.Message == "Enter at least one cost"))
                errors.Add(e);
        errors.When(
            r.RecommendedRoute is null || r.RuleSetVersion is null,
            nameof(r.RecommendedRoute),
            "Apply the purchasing rules to find the route"
        );
        if (r.ChosenRoute is null)
            errors.Add(nameof(r.ChosenRoute), "Select the procurement route");
        else if (r.RecommendedRoute == PurchaseRoute.FormalTender && r.ChosenRoute != PurchaseRoute.FormalTender)
            errors.Add(
                nameof(r.ChosenRoute),
                "This purchase needs a formal tender: you cannot choose a less formal route"
            );
        else if (r.DepartsFromRecommendation && string.IsNullOrWhiteSpace(r.DepartureReason))
            errors.Add(
                nameof(r.DepartureReason),
                "Give the reason for choosing a different route from the one recommended"
            );
        errors.When(
            r.Weights.Total != 100,
            nameof(r.Weights),
            $"The weights must total 100; they total {r.Weights.Total}"
        );
        errors.When(
            r.ProcessMeasures.Count == 0,
            nameof(r.ProcessMeasures),
            "Choose at least one criterion for judging the purchasing process"
        );
        return errors;
    }

    /// <summary>Why a process criterion's target makes no sense, or null.</summary>
    public static string? TargetProblem(ProcessMeasure m) =>
        m.Kind switch
        {
            ProcessMeasureKind.DaysFromRequestToOrder
                when m.Target is < 0 or > 365 || m.Target != decimal.Truncate(m.Target) =>
                "The target days from request to order must be a whole number from 0 to 365",
            ProcessMeasureKind.QuotesObtainedAgainstRequired when m.Target is < 0 or > 100 =>
                "The target for quotes obtained must be a percentage from 0 to 100",
            ProcessMeasureKind.RuleCompliance when m.Target != 1 =>
                "The target for rule compliance is that the purchase complies",
            ProcessMeasureKind.RequesterSatisfaction when m.Target is < 1 or > 5 =>
                "The target satisfaction must be from 1 to 5",
            _ when !Enum.IsDefined(m.Kind) => "Choose process criteria from the list",
            _ => null,
        };

    /// <summary>Why a quote cannot be added to the request, or null when it can.</summary>
    public static IReadOnlyList<FieldError> ValidateQuote(PurchaseRequest r, PurchaseQuote q, Supplier supplier)
    {
        var errors = new FieldErrors();
        errors.When(
            r.Status != PurchaseStatus.Submitted,
            nameof(r.Status),
            "Quotes are recorded after the plan is submitted and before it goes for approval"
        );
        if (SupplierRules.QuoteRefusal(supplier) is { } refusal)
            errors.Add("SupplierId", refusal);
        errors.When(
            supplier.OrganisationId != r.OrganisationId,
            "SupplierId",
            "Choose a supplier from your organisation's register"
        );
        if (q.Price <= 0)
            errors.Add(nameof(q.Price), "Price must be more than £0");
        else if (q.Price > RouteCalculator.MaxValue)
            errors.Add(nameof(q.Price), "Price must be £1,000,000,000 or less");
        if (q.WholeLifeCost is <= 0)
            errors.Add(nameof(q.WholeLifeCost), "Whole-life cost must be more than £0");
        else if (q.WholeLifeCost > WholeLifeCost.MaxAmount)
            errors.Add(nameof(q.WholeLifeCost), "Whole-life cost must be £1,000,000,000 or less");
        else if (q.WholeLifeCost < q.Price)
            errors.Add(nameof(q.WholeLifeCost), "Whole-life cost cannot be less than the price");
        foreach (var s in q.Scores)
        {
            if (!SupplierSelectionWeights.Scored.Contains(s.Criterion))
                errors.Add("Scores", "Whole-life cost is scored from the costs, not by hand");
            else if (s.Score is < 0 or > PurchaseQuote.ScoreMax)
                errors.Add(
                    "Scores",
                    $"Score {SelectionCriterionNames.Display(s.Criterion)} from 0 to {PurchaseQuote.ScoreMax}"
                );
            errors.MaxLength(
                "Scores",
                s.Evidence,
                PurchaseRequest.TextMaxLength,
                "Evidence must be 2,000 characters or fewer"
            );
        }
        errors.When(
            q.Scores.GroupBy(s => s.Criterion).Any(g => g.Count() > 1),
            nameof(q.Scores),
            "Score each criterion once"
        );
        return errors;
    }

    private static void Text(FieldErrors errors, string field, string label, string? value)
    {
        if (value?.Length > PurchaseRequest.TextMaxLength)
            errors.Add(field, $"{label} must be 2,000 characters or fewer");
    }
}
