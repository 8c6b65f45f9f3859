namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// The figures of a return, built from the records (PB-P15): income to the pool by partner for the year (its
/// contributions, cash and in kind), expenditure by scheme type in the period (budget, actual, and for months without
/// an actual its forecast), and each measure's latest value in the period against its target.
/// </summary>
public sealed record PoolReturnFigures(
    IReadOnlyList<PoolReturnFigures.Income> IncomeByPartner,
    IReadOnlyList<PoolReturnFigures.Expenditure> ExpenditureByType,
    IReadOnlyList<PoolReturnFigures.Metric> Metrics
)
{
    public sealed record Income(string Partner, decimal Cash, decimal InKind)
    {
        public decimal Total => Cash + InKind;
    }

    public sealed record Expenditure(SchemeType Type, decimal Budget, decimal Actual, decimal Forecast)
    {
        /// <summary>Actual where known, forecast otherwise: what the period is expected to cost.</summary>
        public decimal Outturn => Actual + Forecast;
        public decimal Variance => Outturn - Budget;
    }

    public sealed record Metric(
        string Name,
        string? Unit,
        decimal? Target,
        decimal? Value,
        string? Period,
        MeasureStatus Status
    );

    public decimal TotalIncome => IncomeByPartner.Sum(i => i.Total);
    public decimal TotalBudget => ExpenditureByType.Sum(e => e.Budget);
    public decimal TotalOutturn => ExpenditureByType.Sum(e => e.Outturn);

    public static PoolReturnFigures Build(
        PoolReturn r,
        IReadOnlyList<(string Partner, PartnershipContribution Contribution)> contributions,
        IReadOnlyList<(PartnershipScheme Scheme, SchemeSpend Month)> spend,
        IReadOnlyList<(PartnershipMeasure Measure, IReadOnlyList<MeasureValue> Values)> measures
    )
    {
        var income = contributions
            .Where(c => c.Contribution.Year == r.Year)
            .GroupBy(c => c.Partner)
            .Select(g => new Income(
                g.Key,
                g.Where(c => c.Contribution.Kind == PoolContributionKind.Cash).Sum(c => c.Contribution.Amount),
                g.Where(c => c.Contribution.Kind == PoolContributionKind.InKind).Sum(c => c.Contribution.Amount)
            ))
            .OrderBy(i => i.Partner, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var expenditure = spend
            .Where(s => s.Month.Month >= r.PeriodStart && s.Month.Month <= r.PeriodEnd)
            .GroupBy(s => s.Scheme.Type)
            .Select(g => new Expenditure(
                g.Key,
                g.Sum(s => s.Month.Budget),
                g.Sum(s => s.Month.Actual ?? 0m),
                g.Sum(s => s.Month.Actual is null ? s.Month.Forecast ?? s.Month.Budget : 0m)
            ))
            .OrderBy(e => SchemeTypeNames.Display(e.Type), StringComparer.OrdinalIgnoreCase)
            .ToList();
        var metrics = measures
            .Select(m =>
            {
                var latest = m.Values.LastOrDefault(v => v.Period <= r.PeriodEnd);
                return new Metric(
                    m.Measure.Name,
                    m.Measure.Unit,
                    m.Measure.Target,
                    latest?.Value,
                    latest is null ? null : MeasurePeriods.Name(m.Measure.Frequency, latest.Period),
                    MeasureProgress.Of(m.Measure, latest?.Value)
                );
            })
            .ToList();
        return new(income, expenditure, metrics);
    }
}
