namespace CareCommissioning.Domain.Appraisals;

/// <summary>What makes the parts of an appraisal acceptable, in GOV.UK words; shared by the pages and the
/// API.</summary>
public static class AppraisalRules
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const decimal MaxAmount = 10_000_000_000m;
    public const decimal MaxOptimismBias = 2m;

    public static IReadOnlyList<FieldError> ValidateSetting(
        string? title,
        int? baseYear,
        int? horizonYears,
        string? schedule
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            "Title",
            title,
            Appraisal.TitleMaxLength,
            "Enter the title of the appraisal",
            $"Title must be {Appraisal.TitleMaxLength} characters or fewer"
        );
        if (baseYear is null)
            errors.Add("BaseYear", "Enter the base financial year, like 2026/27");
        else if (baseYear is < 2000 or > 2100)
            errors.Add("BaseYear", "Base year must be between 2000/01 and 2100/01");
        if (horizonYears is null)
            errors.Add("HorizonYears", "Enter how many years after the base year the appraisal covers");
        else if (horizonYears is < 1 or > Appraisal.MaxHorizon)
            errors.Add(
                "HorizonYears",
                $"The appraisal must cover between 1 and {Appraisal.MaxHorizon} years after the base year"
            );
        errors.When(
            GreenBookSchedules.Find(schedule) is null,
            "Schedule",
            "Select the discount schedule: standard, or health for health effects"
        );
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateFactor(PestleFactor f)
    {
        var errors = new FieldErrors();
        errors.When(
            !Enum.IsDefined(f.Category),
            nameof(f.Category),
            "Select the PESTLE heading the factor comes under"
        );
        Text(errors, "Factor", f.Factor, "Enter the factor", "Factor");
        Text(errors, "Impact", f.Impact, "Enter its impact on commissioning", "Impact");
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateOutcome(AppraisalOutcome o)
    {
        var errors = new FieldErrors();
        Text(errors, "Outcome", o.Outcome, "Enter the outcome", "Outcome");
        errors.MaxLength(
            nameof(o.Measure),
            o.Measure,
            TextMaxLength,
            $"Measure must be {TextMaxLength:N0} characters or fewer"
        );
        return errors;
    }

    /// <summary>An option on the long list, checked against the others (names are unique; there is one do
    /// nothing).</summary>
    public static IReadOnlyList<FieldError> ValidateOption(OptionEntry o, IEnumerable<OptionEntry> others)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(o.Name))
            errors.Add(nameof(o.Name), "Enter the name of the option");
        else if (o.Name.Length > NameMaxLength)
            errors.Add(nameof(o.Name), $"Name must be {NameMaxLength} characters or fewer");
        else if (
            others.Any(x => x.Id != o.Id && x.Name.Trim().Equals(o.Name.Trim(), StringComparison.OrdinalIgnoreCase))
        )
            errors.Add(nameof(o.Name), "Another option already has this name");
        if (!Enum.IsDefined(o.Kind))
            errors.Add(nameof(o.Kind), "Select the kind of option");
        else if (o.Kind == OptionKind.DoNothing && others.Any(x => x.Id != o.Id && x.Kind == OptionKind.DoNothing))
            errors.Add(nameof(o.Kind), "The appraisal already has a do nothing option");
        errors.MaxLength(
            nameof(o.Description),
            o.Description,
            TextMaxLength,
            $"Description must be {TextMaxLength:N0} characters or fewer"
        );
        if (!Enum.IsDefined(o.Assessment))
            errors.Add(nameof(o.Assessment), "Select whether the option is preferred, carried forward or discounted");
        else if (o.Kind == OptionKind.DoNothing && o.Assessment == OptionAssessment.Discounted)
            errors.Add(
                nameof(o.Assessment),
                "Do nothing cannot be discounted: it is the comparator for every other option"
            );
        else if (o.Assessment != OptionAssessment.NotAssessed && string.IsNullOrWhiteSpace(o.AssessmentReason))
            errors.Add(
                nameof(o.AssessmentReason),
                "Enter the reason the option is " + OptionAssessmentNames.Display(o.Assessment).ToLowerInvariant()
            );
        errors.MaxLength(
            nameof(o.AssessmentReason),
            o.AssessmentReason,
            TextMaxLength,
            $"Reason must be {TextMaxLength:N0} characters or fewer"
        );
        if (o.OptimismBias < 0)
            errors.Add(nameof(o.OptimismBias), "Optimism bias must be 0% or more");
        else if (o.OptimismBias > MaxOptimismBias)
            errors.Add(nameof(o.OptimismBias), "Optimism bias must be 200% or less");
        errors.When(
            o.OptimismBiasCategory is { } c && OptimismBiasCategory.All.All(x => x.Name != c),
            nameof(o.OptimismBiasCategory),
            "Select a category of optimism bias from the list"
        );
        errors.MaxLength(
            nameof(o.RiskAssessment),
            o.RiskAssessment,
            TextMaxLength,
            $"Risk assessment must be {TextMaxLength:N0} characters or fewer"
        );
        return errors;
    }

    /// <summary>One year's cost or benefit: within the horizon, not negative, not absurd.</summary>
    public static string? ValidateAmount(int year, decimal amount, int horizonYears, string label)
    {
        if (year < 0 || year > horizonYears)
            return $"Year must be between 0 and {horizonYears}, the horizon of the appraisal";
        if (amount < 0)
            return $"{label} must be £0 or more";
        if (amount > MaxAmount)
            return $"{label} must be £10,000,000,000 or less";
        return null;
    }

    /// <summary>Criteria need names and weights that total 100.</summary>
    public static IReadOnlyList<FieldError> ValidateCriteria(IReadOnlyList<CriterionEntry> criteria)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            if (string.IsNullOrWhiteSpace(c.Name))
                errors.Add($"Criteria[{i}].Name", $"Enter the name of criterion {i + 1}");
            else if (c.Name.Length > NameMaxLength)
                errors.Add($"Criteria[{i}].Name", $"Criterion {i + 1} must be {NameMaxLength} characters or fewer");
            if (c.Weight is < 0 or > 100)
                errors.Add($"Criteria[{i}].Weight", $"The weight of {Label(c, i)} must be between 0 and 100");
        }
        if (criteria.Select(c => c.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != criteria.Count)
            errors.Add("Criteria", "Each criterion needs a different name");
        if (criteria.Count > 0 && errors.Count == 0 && criteria.Sum(c => c.Weight) != 100m)
            errors.Add("Criteria", $"The weights must total 100; they total {criteria.Sum(c => c.Weight):0.##}");
        return errors;

        static string Label(CriterionEntry c, int i) =>
            string.IsNullOrWhiteSpace(c.Name) ? $"criterion {i + 1}" : c.Name;
    }

    public const int MaxSensitivityTests = 12;

    /// <summary>Sensitivity tests: each named once, each changing costs or benefits by -100% to 1,000% (METHODS
    /// §1.5).</summary>
    public static IReadOnlyList<FieldError> ValidateSensitivityTests(IReadOnlyList<SensitivityTest> tests)
    {
        var errors = new FieldErrors();
        errors.When(
            tests.Count > MaxSensitivityTests,
            "SensitivityTests",
            $"Give no more than {MaxSensitivityTests} sensitivity tests"
        );
        for (var i = 0; i < tests.Count; i++)
        {
            var t = tests[i];
            var label = string.IsNullOrWhiteSpace(t.Name) ? $"test {i + 1}" : t.Name;
            if (string.IsNullOrWhiteSpace(t.Name))
                errors.Add($"SensitivityTests[{i}].Name", $"Enter the name of sensitivity test {i + 1}");
            else if (t.Name.Length > NameMaxLength)
                errors.Add(
                    $"SensitivityTests[{i}].Name",
                    $"Sensitivity test {i + 1} must be {NameMaxLength} characters or fewer"
                );
            if (t.CostChange is < -1 or > 10)
                errors.Add(
                    $"SensitivityTests[{i}].CostChange",
                    $"The change in costs for {label} must be between -100% and 1,000%"
                );
            if (t.BenefitChange is < -1 or > 10)
                errors.Add(
                    $"SensitivityTests[{i}].BenefitChange",
                    $"The change in benefits for {label} must be between -100% and 1,000%"
                );
            if (t.CostChange == 0 && t.BenefitChange == 0)
                errors.Add($"SensitivityTests[{i}].CostChange", $"Change the costs or the benefits in {label}");
        }
        if (tests.Select(t => t.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != tests.Count)
            errors.Add("SensitivityTests", "Each sensitivity test needs a different name");
        return errors;
    }

    public static string? ValidateScore(decimal score, string? reason)
    {
        if (score is < 0 or > 100)
            return "Score must be between 0 and 100";
        if (reason?.Length > TextMaxLength)
            return $"Reason must be {TextMaxLength:N0} characters or fewer";
        return null;
    }

    /// <summary>A distribution of an uncertain input, as fractions of the estimate.</summary>
    public static IReadOnlyList<FieldError> ValidateUncertainty(
        UncertaintyEntry u,
        AppraisalContent content,
        int horizonYears
    )
    {
        var errors = new FieldErrors();
        errors.When(
            content.Option(u.OptionId) is not { ShortListed: true },
            nameof(u.OptionId),
            "Select a short-listed option"
        );
        errors.When(!Enum.IsDefined(u.Stream), nameof(u.Stream), "Select costs or benefits");
        errors.When(
            u.Year is { } y && (y < 0 || y > horizonYears),
            nameof(u.Year),
            $"Year must be between 0 and {horizonYears}, or blank for every year"
        );
        if (!Enum.IsDefined(u.Distribution))
        {
            errors.Add(nameof(u.Distribution), "Select a distribution");
            return errors;
        }
        errors.When(
            u.Low < 0 || u.High > 100 || u.Mode < 0 || u.Mode > 100,
            nameof(u.Low),
            "Percentages of the estimate must be between 0% and 10,000%"
        );
        switch (u.Distribution)
        {
            case DistributionKind.Triangular or DistributionKind.Pert:
                if (!(u.Low <= u.Mode && u.Mode <= u.High && u.Low < u.High))
                    errors.Add(
                        nameof(u.Low),
                        "The minimum must be below the maximum, with the most likely value between them"
                    );
                break;
            case DistributionKind.Uniform:
                errors.When(u.Low >= u.High, nameof(u.Low), "The minimum must be below the maximum");
                break;
            case DistributionKind.Normal:
                errors.When(
                    u.Spread <= 0 || u.Spread > 10,
                    nameof(u.Spread),
                    "The standard deviation must be above 0% and no more than 1,000% of the estimate"
                );
                break;
        }
        errors.MaxLength(
            nameof(u.Reason),
            u.Reason,
            TextMaxLength,
            $"Reason must be {TextMaxLength:N0} characters or fewer"
        );
        return errors;
    }

    private static void Text(FieldErrors errors, string field, string? value, string missing, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(field, missing);
        else if (value.Length > TextMaxLength)
            errors.Add(field, $"{label} must be {TextMaxLength:N0} characters or fewer");
    }
}
