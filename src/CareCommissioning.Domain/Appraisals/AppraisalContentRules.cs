namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// Checks a whole appraisal content sent at once (by the API): every part by the same rules the pages use, and that the
/// parts refer to each other correctly. Field names are JSON paths, like <c>options[1].costs[0]</c>.
/// </summary>
public static class AppraisalContentRules
{
    public const int MaxItems = 100;

    public static IReadOnlyList<FieldError> Validate(AppraisalContent c, int horizonYears)
    {
        var errors = new FieldErrors();
        void Each<T>(string name, IReadOnlyList<T>? items, Func<T, IEnumerable<FieldError>> rules)
        {
            if (items is null)
            {
                errors.Add(name, $"Give {name}, even if empty");
                return;
            }
            if (items.Count > MaxItems)
                errors.Add(name, $"There can be at most {MaxItems} {name}");
            for (var i = 0; i < Math.Min(items.Count, MaxItems); i++)
                errors.AddRange(rules(items[i]).Select(e => e with { Field = $"{name}[{i}].{Camel(e.Field)}" }));
        }

        errors.MaxLength(
            "purpose",
            c.Purpose,
            AppraisalRules.TextMaxLength,
            $"Purpose must be {AppraisalRules.TextMaxLength:N0} characters or fewer"
        );
        Each("pestle", c.Pestle, AppraisalRules.ValidateFactor);
        Each("outcomes", c.Outcomes, AppraisalRules.ValidateOutcome);
        Each("options", c.Options, o => AppraisalRules.ValidateOption(o, c.Options).Concat(Flows(o, horizonYears)));
        if (c.Options is not null && c.Options.Count(o => o.Kind == OptionKind.DoNothing) != 1)
            errors.Add("options", "The long list must include do nothing (business as usual), once");
        errors.When(
            c.Options?.Select(o => o.Id).Distinct().Count() != c.Options?.Count,
            "options",
            "Each option needs a different id"
        );
        if (c.Criteria is not null)
            errors.AddRange(AppraisalRules.ValidateCriteria(c.Criteria).Select(e => e with { Field = Camel(e.Field) }));
        var options = c.Options?.ToDictionary(o => o.Id, o => o, EqualityComparer<Guid>.Default) ?? [];
        var criteria = c.Criteria?.Select(k => k.Id).ToHashSet() ?? [];
        Each("scores", c.Scores, s =>
        {
            var list = new FieldErrors();
            if (!options.TryGetValue(s.OptionId, out var o) || !o.ShortListed)
                list.Add("optionId", "Score only short-listed options");
            if (!criteria.Contains(s.CriterionId))
                list.Add("criterionId", "Score against one of the criteria");
            if (AppraisalRules.ValidateScore(s.Score, s.Reason) is { } problem)
                list.Add("score", problem);
            return list;
        });
        Each("uncertainties", c.Uncertainties, u => AppraisalRules.ValidateUncertainty(u, c, horizonYears));
        if (c.SensitivityTests is null)
            errors.Add("sensitivityTests", "Give sensitivityTests, even if empty");
        else
            errors.AddRange(
                AppraisalRules
                    .ValidateSensitivityTests(c.SensitivityTests)
                    .Select(e => e with { Field = string.Join('.', e.Field.Split('.').Select(Camel)) })
            );
        if (c.MonteCarloIterations is < 100 or > Uncertainty.MonteCarlo.MaxIterations)
            errors.Add(
                "monteCarloIterations",
                $"Iterations must be from 100 to {Uncertainty.MonteCarlo.MaxIterations:N0}"
            );
        if (c.Recommendation?.OptionId is { } rec && !(options.TryGetValue(rec, out var r) && r.ShortListed))
            errors.Add("recommendation.optionId", "Recommend one of the short-listed options");
        errors.When(
            c.Engagement?.Summary?.Length > Engagement.SummaryMaxLength,
            "engagement.summary",
            $"The summary must be {Engagement.SummaryMaxLength:N0} characters or fewer"
        );
        return errors;
    }

    private static IEnumerable<FieldError> Flows(OptionEntry o, int horizonYears)
    {
        foreach (var (flows, name) in new[] { (o.Costs, "costs"), (o.Benefits, "benefits") })
        {
            if (flows is null)
            {
                yield return new(name, $"Give {name}, even if empty");
                continue;
            }
            for (var i = 0; i < flows.Count; i++)
                if (
                    AppraisalRules.ValidateAmount(
                        flows[i].Year,
                        flows[i].Amount,
                        horizonYears,
                        name == "costs" ? "A cost" : "A benefit"
                    ) is
                    { } problem
                )
                    yield return new($"{name}[{i}]", problem);
        }
    }

    private static string Camel(string field) =>
        field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
