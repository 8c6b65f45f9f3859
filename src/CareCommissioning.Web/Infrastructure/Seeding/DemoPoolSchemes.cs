namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The demo pool's schemes and their 2026/27 spend: budgets phased by month, actuals for April to September and
/// forecasts for October to March, running about 2% over in total (reablement and discharge over, the grants and carers
/// under), so the variance page has an overspend to share.
/// </summary>
internal static class DemoPoolSchemes
{
    private static readonly FinancialYear Year = new(2026);

    public static void Add(AppDbContext db, Guid pool, Guid council, Guid icb, DateTimeOffset now)
    {
        Scheme(
            db,
            pool,
            council,
            now,
            "Reablement at home",
            SchemeType.HomeBasedIntermediateCare,
            "Up to six weeks of reablement for people leaving hospital or at risk of going in.",
            200_000m,
            [205_000m, 210_000m, 198_000m, 212_000m, 215_000m, 208_000m],
            210_000m,
            "One reablement provider framework for both partners instead of two tenders.",
            "The 2025/26 tender prices: an hourly rate 6% below the average of the two previous contracts.",
            "The finance leads of both partners compared the framework's rates with the 2025/26 outturn."
        );
        Scheme(
            db,
            pool,
            council,
            now,
            "Disabled facilities grants",
            SchemeType.DisabledFacilitiesGrant,
            "Adaptations to homes so disabled people can live safely and independently, through the district councils.",
            100_000m,
            [80_000m, 95_000m, 110_000m, 90_000m, 105_000m, 98_000m],
            100_000m,
            null,
            null,
            null
        );
        Scheme(
            db,
            pool,
            icb,
            now,
            "Discharge to assess and intermediate care",
            SchemeType.BedBasedIntermediateCare,
            "Short-term beds and assessment at home so people leave hospital on the day they are ready.",
            250_000m,
            [255_000m, 262_000m, 248_000m, 259_000m, 266_000m, 251_000m],
            255_000m,
            "A single discharge hub staffed by both partners.",
            "Average delay fell from 2.1 to 1.4 days in the six months after the hub opened.",
            "The partnership board reviewed the hub's delay figures against the previous year's."
        );
        Scheme(
            db,
            pool,
            council,
            now,
            "Carers' support",
            SchemeType.CarersServices,
            "Breaks, advice and assessments for unpaid carers.",
            50_000m,
            [48_000m, 47_000m, 52_000m, 49_000m, 50_000m, 46_000m],
            50_000m,
            null,
            null,
            null
        );
    }

    private static void Scheme(
        AppDbContext db,
        Guid pool,
        Guid lead,
        DateTimeOffset now,
        string name,
        SchemeType type,
        string description,
        decimal monthly,
        decimal[] actuals,
        decimal forecast,
        string? economies,
        string? evidence,
        string? judgement
    )
    {
        var scheme = new PartnershipScheme
        {
            PartnershipId = pool,
            Name = name,
            Type = type,
            LeadPartnerId = lead,
            Description = description,
            Economies = economies,
            EconomiesEvidence = evidence,
            EconomiesJudgement = judgement,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PartnershipSchemes.Add(scheme);
        db.SchemeSpend.AddRange(
            SpendMonths
                .Of(Year)
                .Select(
                    (m, i) =>
                        new SchemeSpend
                        {
                            SchemeId = scheme.Id,
                            Month = m,
                            Budget = monthly,
                            Actual = i < actuals.Length ? actuals[i] : null,
                            Forecast = i < actuals.Length ? null : forecast,
                            Source = "Demo data",
                            UpdatedAt = now,
                        }
                )
        );
    }
}
