using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Needs.Funding;

/// <summary>A funding opportunity's answers, kept as typed.</summary>
public sealed class FundingForm
{
    public string? Name { get; set; }

    /// <summary>For someone who works for several organisations: the one a new record belongs to.</summary>
    public string? OrganisationId { get; set; }
    public string? Funder { get; set; }
    public string? Amount { get; set; }
    public string? Likelihood { get; set; }
    public string? Conditions { get; set; }
    public string? MatchFunding { get; set; }
    public DateInputModel Deadline { get; set; } = new();
    public string? Recurrence { get; set; } = nameof(FundingRecurrence.OneOff);
    public string? FirstYear { get; set; }
    public string? Years { get; set; }
    private List<string?> _scores = [.. Enumerable.Repeat<string?>(null, FundingViability.Criteria.Count)];

    /// <summary>One answer per viability criterion; always as many as there are criteria, so the form shows each
    /// one.</summary>
    public List<string?> Scores
    {
        get => _scores;
        set =>
            _scores = [
                .. value.Concat(
                    Enumerable.Repeat<string?>(null, Math.Max(0, FundingViability.Criteria.Count - value.Count))
                ),
            ];
    }
    public List<string> Count { get; set; } = [];
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> RecurrenceItems =>
        Enum.GetValues<FundingRecurrence>()
            .Select(r => new SelectListItem(FundingRecurrenceNames.Display(r), r.ToString()));
    public static IEnumerable<SelectListItem> ScoreItems =>
        new[] { new SelectListItem("Not scored", "") }.Concat(
            Enumerable
                .Range(0, 6)
                .Select(i => new SelectListItem(
                    i switch
                    {
                        0 => "0 – not at all",
                        5 => "5 – fully",
                        _ => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    },
                    i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ))
        );
    public static IEnumerable<SelectListItem> CountItems =>
        [new("Count its expected value as potential resource in the variance", "yes")];

    public static FundingForm From(FundingOpportunity f) =>
        new()
        {
            Name = f.Name,
            Funder = f.Funder,
            Amount = NumberInput.Plain(f.Amount),
            Likelihood = NumberInput.Percent(f.Likelihood),
            Conditions = f.Conditions,
            MatchFunding = NumberInput.Plain(f.MatchFunding),
            Deadline = DateInputModel.From(f.Deadline),
            Recurrence = f.Recurrence.ToString(),
            FirstYear = new FinancialYear(f.FirstYear).ToString(),
            Years = f.Years.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Scores =
            [
                .. f.ViabilityScores.Select(s =>
                    (string?)s.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ),
            ],
            Count = f.CountAsPotentialResource ? ["yes"] : [],
            Version = f.Version,
        };

    /// <summary>Applies the answers to <paramref name="f"/>; problems go to the model state under "Input.".</summary>
    public void ApplyTo(FundingOpportunity f, ModelStateDictionary state)
    {
        f.Name = Name?.Trim() ?? "";
        f.Funder = Funder?.Trim() ?? "";
        f.Conditions = string.IsNullOrWhiteSpace(Conditions) ? null : Conditions.Trim();
        f.Amount = Money(Amount, "Amount", "Amount", required: true);
        f.MatchFunding = Money(MatchFunding, "MatchFunding", "Match funding", required: false);
        if (string.IsNullOrWhiteSpace(Likelihood))
            state.AddModelError("Input.Likelihood", "Enter the likelihood of getting it, as a percentage");
        else if (NumberInput.TryParsePercent(Likelihood, out var l))
            f.Likelihood = l;
        else
            state.AddModelError("Input.Likelihood", "Likelihood must be a percentage, like 60");
        if (Deadline.TryParse("Deadline", out var deadline) is { } dateProblem)
            state.AddModelError("Input.Deadline", dateProblem);
        f.Deadline = deadline;
        f.Recurrence = Enum.TryParse<FundingRecurrence>(Recurrence, out var r) ? r : 0;
        if (FinancialYear.TryParse(FirstYear?.Trim(), out var fy))
            f.FirstYear = fy.StartYear;
        else
            state.AddModelError("Input.FirstYear", "Enter the first financial year it would pay, like 2027/28");
        f.Years =
            f.Recurrence == FundingRecurrence.OneOff ? 1
            : int.TryParse(Years?.Trim(), out var y) ? y
            : 0;
        var scores = Scores.Select(s => int.TryParse(s, out var v) ? v : (int?)null).ToList();
        f.ViabilityScores =
            scores.All(s => s is not null) && scores.Count == FundingViability.Criteria.Count
                ? scores.Select(s => s!.Value).ToList()
                : [];
        if (scores.Any(s => s is not null) && f.ViabilityScores.Count == 0)
            state.AddModelError("Input.Scores[0]", "Score every viability criterion, or none");
        f.CountAsPotentialResource = Count.Contains("yes");
        // Errors are keyed by the field the person answers, so the error summary links to it.
        state.AddDomainErrors("Input", FundingViability.Validate(f), field => field switch
            {
                "ViabilityScores" => "Input.Scores[0]",
                "CountAsPotentialResource" => "Input.Count",
                _ => $"Input.{field}",
            });

        decimal Money(string? text, string field, string label, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                    state.AddModelError($"Input.{field}", $"Enter the {label.ToLowerInvariant()} a year");
                return 0m;
            }
            if (NumberInput.TryParseMoney(text, out var v))
                return v;
            state.AddModelError($"Input.{field}", $"{label} must be an amount in pounds, like 250,000");
            return 0m;
        }
    }
}

public sealed record FundingFieldsModel(FundingForm Input);
