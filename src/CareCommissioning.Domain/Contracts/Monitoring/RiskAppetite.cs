using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>A risk whose score is above its category's appetite, with the sentence that says so.</summary>
public sealed record AppetiteBreach(Risk Risk, int Score, bool IsResidual, int Appetite, string Message);

/// <summary>The result of checking a plan's risks against the appetite (CD-P16).</summary>
/// <param name="Unchecked">Open risks in categories the appetite says nothing about: they cannot be judged in or out
/// of line, so they are listed for someone to set an appetite rather than silently passed.</param>
public sealed record AppetiteCheck(IReadOnlyList<AppetiteBreach> Breaches, IReadOnlyList<Risk> Unchecked)
{
    /// <summary>The balance of risk is in line with the organisation's guidelines when no risk is above its
    /// category's appetite.</summary>
    public bool InLine => Breaches.Count == 0;
}

/// <summary>
/// The organisation's risk appetite: for each risk category, the highest score (5×5 matrix, METHODS §8.3) it will
/// carry. A risk is judged by its residual score, what is left after mitigation, or by its inherent score while it has
/// no residual rating; a score equal to the appetite is within it. Closed risks are not judged.
/// </summary>
public sealed record RiskAppetite(IReadOnlyDictionary<RiskCategory, int> Limits)
{
    /// <summary>The 14 scores likelihood × impact can give; 7, 11, 13, 14, 17 and the like cannot be reached, so an
    /// appetite of 7 would mean 6 and only confuse.</summary>
    public static readonly IReadOnlySet<int> PossibleScores = (
        from l in Enumerable.Range(RiskScoring.Min, RiskScoring.Max)
        from i in Enumerable.Range(RiskScoring.Min, RiskScoring.Max)
        select l * i
    ).ToHashSet();

    public static IReadOnlyList<FieldError> Validate(RiskAppetite appetite)
    {
        var errors = new FieldErrors();
        var scores = string.Join(", ", PossibleScores.Order().SkipLast(1)) + " or " + PossibleScores.Max();
        foreach (var (category, limit) in appetite.Limits)
        {
            if (errors.When(!Enum.IsDefined(category), "Category", "Select a risk category"))
                continue;
            errors.When(
                !PossibleScores.Contains(limit),
                category.ToString(),
                $"The appetite for {RiskCategoryNames.Display(category)} risks must be a score the 5×5 matrix can give: "
                    + scores
            );
        }
        return errors;
    }

    /// <summary>The risks above their category's appetite, worst first, and whether the plan's balance of risk is in
    /// line.</summary>
    public static AppetiteCheck Check(RiskAppetite appetite, IEnumerable<Risk> risks)
    {
        var breaches = new List<AppetiteBreach>();
        var unjudged = new List<Risk>();
        foreach (var risk in risks.Where(r => r.Status != RiskStatus.Closed))
        {
            if (!appetite.Limits.TryGetValue(risk.Category, out var limit))
            {
                unjudged.Add(risk);
                continue;
            }
            var residual = risk.ResidualScore;
            var score = residual ?? risk.Score;
            if (score > limit)
                breaches.Add(
                    new(
                        risk,
                        score,
                        residual is not null,
                        limit,
                        $"{risk.Title}: {(residual is null ? "inherent" : "residual")} {score} above the appetite of "
                            + $"{limit} for {RiskCategoryNames.Display(risk.Category)}"
                    )
                );
        }
        return new([.. breaches.OrderByDescending(b => b.Score - b.Appetite).ThenBy(b => b.Risk.Title)], unjudged);
    }
}
