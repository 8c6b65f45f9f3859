using CareCommissioning.Domain.Partnerships;

namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>Where a contingency stands: what is left (negative when overspent), the share used, and its RAG.</summary>
/// <param name="PercentUsed">Spent as a percentage of the budget, unrounded; none when the budget is £0.</param>
public sealed record ContingencyPosition(
    decimal Budget,
    decimal Spent,
    decimal Remaining,
    decimal? PercentUsed,
    RagStatus Rag
);

/// <summary>
/// The contingency set aside for unexpected issues in delivering a contract (the standard's "contingencies": extra
/// expenditure, time or people). Green below 75% used; amber from 75% to 100% (three quarters gone is the warning to
/// plan, and fully used is still within budget); red over 100%, which needs more money agreed. With a £0 budget,
/// nothing spent is green and anything spent is red.
/// </summary>
public static class ContingencySpend
{
    public const decimal AmberFromPercent = 75m;
    public const decimal RedOverPercent = 100m;

    public static ContingencyPosition Of(decimal budget, decimal spent)
    {
        if (budget == 0)
            return new(budget, spent, -spent, null, spent > 0 ? RagStatus.Red : RagStatus.Green);
        var percent = spent / budget * 100m;
        var rag =
            percent > RedOverPercent ? RagStatus.Red
            : percent >= AmberFromPercent ? RagStatus.Amber
            : RagStatus.Green;
        return new(budget, spent, budget - spent, percent, rag);
    }

    public static IReadOnlyList<FieldError> Validate(decimal budget, decimal spent)
    {
        var errors = new FieldErrors();
        // The same money rules as spend imports: £0 or more, in pounds and pence, within a sane size.
        foreach (
            var (field, value, label) in new[]
            {
                ("Budget", budget, "Contingency budget"),
                ("Spent", spent, "Contingency spent"),
            }
        )
            if (SpendMonths.MoneyProblem(value, label) is { } problem)
                errors.Add(field, problem);
        return errors;
    }
}
