namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The demo pool's Better Care Fund metrics with baselines, targets and values up to the autumn of 2026:
/// admissions and delays provided by the ICB, care home admissions by the council.</summary>
internal static class DemoMeasures
{
    internal static void Add(AppDbContext db, Guid partnership, Guid council, Guid icb, DateTimeOffset now)
    {
        var metrics = MeasureRules.BetterCareFundMetrics;
        Add(
            db,
            partnership,
            metrics[0],
            icb,
            1850m,
            1780m,
            new DateOnly(2025, 4, 1),
            [1862m, 1840m, 1815m, 1801m, 1790m, 1776m],
            now
        );
        Add(
            db,
            partnership,
            metrics[1],
            icb,
            1.9m,
            1.2m,
            new DateOnly(2026, 4, 1),
            [1.8m, 1.7m, 1.7m, 1.5m, 1.4m, 1.4m, 1.3m],
            now
        );
        Add(db, partnership, metrics[2], council, 140m, 132m, new DateOnly(2025, 10, 1), [142m, 139m, 135m, 136m], now);
    }

    private static void Add(
        AppDbContext db,
        Guid partnership,
        MeasureDetails details,
        Guid provider,
        decimal baseline,
        decimal target,
        DateOnly first,
        decimal[] values,
        DateTimeOffset now
    )
    {
        var measure = new PartnershipMeasure { PartnershipId = partnership, Name = details.Name! };
        (details with { Baseline = baseline, Target = target, ProviderPartnerId = provider }).ApplyTo(measure);
        db.PartnershipMeasures.Add(measure);
        for (var i = 0; i < values.Length; i++)
            db.MeasureValues.Add(
                new MeasureValue
                {
                    MeasureId = measure.Id,
                    Period = first.AddMonths(i * MeasurePeriods.Months(measure.Frequency)),
                    Value = values[i],
                    ProvidedBy = "Demo data",
                    RecordedAt = now,
                }
            );
    }
}
