namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Generated pooled budgets of the council and the ICB at a seed scale (issue 13's performance figures): each with an
/// agreement (proportional), both partners' contributions for each year, its schemes led by either partner, and every
/// scheme's monthly budget over the years, with actual spend up to last month and forecasts for the rest of this
/// financial year; plus the three national metrics with their values. The figures are deterministic for a given seed;
/// partnerships already there count towards the scale.
/// </summary>
public sealed class ScalePartnerships(AppDbContext db, Random random, DateTimeOffset now)
{
    private const int BatchSize = 20_000;

    private static readonly SchemeType[] Types = Enum.GetValues<SchemeType>();

    public async Task SeedAsync(Guid council, Guid icb, SeedScale scale, CancellationToken ct)
    {
        var existing = await db.Partnerships.CountAsync(ct);
        var today = UkCalendar.DateOf(now);
        var thisYear = FinancialYear.Containing(today).StartYear;
        var firstYear = thisYear - scale.SpendYears + 1;
        var pending = new List<object>();
        for (var n = existing; n < scale.Partnerships; n++)
        {
            var pool = new Partnership
            {
                Id = Guid.NewGuid(),
                OrganisationId = council,
                Name = $"{ScaleSeeder.Places[n % ScaleSeeder.Places.Length]} pooled fund {n + 1:000}",
                Arrangement = ArrangementType.PooledFund,
                LegalBasis = n % 3 == 0 ? LegalBasis.BetterCareFund : LegalBasis.Section75,
                StartDate = new FinancialYear(firstYear).Start,
                Status = PartnershipStatus.Agreed,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var host = new PartnershipPartner { PartnershipId = pool.Id, OrganisationId = council };
            var partner = new PartnershipPartner { PartnershipId = pool.Id, OrganisationId = icb };
            pending.AddRange([pool, host, partner, new PartnershipAgreement { PartnershipId = pool.Id }]);
            for (var year = firstYear; year <= thisYear; year++)
                foreach (var (who, share) in new[] { (host, 0.6m), (partner, 0.4m) })
                    pending.Add(
                        new PartnershipContribution
                        {
                            PartnershipId = pool.Id,
                            PartnerId = who.Id,
                            Year = year,
                            Amount = 100_000m * scale.SchemesPerPartnership * share,
                            Description = "Annual contribution",
                        }
                    );
            for (var s = 0; s < scale.SchemesPerPartnership; s++)
                AddScheme(pending, pool, s % 2 == 0 ? host : partner, s, firstYear, thisYear, today);
            AddMeasures(pending, pool.Id, partner.Id, firstYear, today);
            if (pending.Count >= BatchSize)
                await SaveAsync(pending, ct);
        }
        await SaveAsync(pending, ct);
    }

    private void AddScheme(
        List<object> pending,
        Partnership pool,
        PartnershipPartner lead,
        int index,
        int firstYear,
        int thisYear,
        DateOnly today
    )
    {
        var scheme = new PartnershipScheme
        {
            Id = Guid.NewGuid(),
            PartnershipId = pool.Id,
            Name = $"{SchemeTypeNames.Display(Types[index % Types.Length])} {index + 1:00}",
            Type = Types[index % Types.Length],
            LeadPartnerId = lead.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        pending.Add(scheme);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        for (var year = firstYear; year <= thisYear; year++)
        {
            // Whole pounds a month, so a year's budget is twelve times it exactly.
            var monthly = 4_000m + random.Next(0, 8_000);
            for (var m = 0; m < 12; m++)
            {
                var month = new FinancialYear(year).Start.AddMonths(m);
                var spent = Math.Round(monthly * (0.85m + (decimal)random.NextDouble() * 0.3m), 2);
                pending.Add(
                    new SchemeSpend
                    {
                        SchemeId = scheme.Id,
                        Month = month,
                        Budget = monthly,
                        Actual = month < thisMonth ? spent : null,
                        Forecast = month >= thisMonth ? monthly : null,
                        Source = "Generated",
                        UpdatedAt = now,
                    }
                );
            }
        }
    }

    private void AddMeasures(List<object> pending, Guid pool, Guid icb, int firstYear, DateOnly today)
    {
        foreach (var details in MeasureRules.BetterCareFundMetrics)
        {
            var measure = new PartnershipMeasure
            {
                Id = Guid.NewGuid(),
                PartnershipId = pool,
                Name = details.Name!,
            };
            (details with { Baseline = 100m, Target = 90m, ProviderPartnerId = icb }).ApplyTo(measure);
            pending.Add(measure);
            foreach (var period in MeasurePeriods.Between(measure.Frequency, new FinancialYear(firstYear).Start, today))
                pending.Add(
                    new MeasureValue
                    {
                        MeasureId = measure.Id,
                        Period = period,
                        Value = 80m + random.Next(0, 40),
                        ProvidedBy = "Generated",
                        RecordedAt = now,
                    }
                );
        }
    }

    private async Task SaveAsync(List<object> pending, CancellationToken ct)
    {
        db.AddRange(pending);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        pending.Clear();
    }
}
