namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>Reads what the pool's variance for a year is worked from (schemes, their months, the agreement, the year's
/// contributions) in four queries, and hands them to <see cref="PoolVariance"/>; for the page, its download and the
/// API.</summary>
public static class PoolVarianceQuery
{
    public static async Task<PoolVariance.Report> LoadAsync(
        AppDbContext db,
        PoolContext pool,
        FinancialYear year,
        DateOnly today
    )
    {
        var id = pool.Partnership.Id;
        var schemes = await db.PartnershipSchemes.AsNoTracking().Where(s => s.PartnershipId == id).ToListAsync();
        var months = (await SchemeSpendStore.MonthsAsync(db, schemes.Select(s => s.Id).ToList(), year)).ToLookup(m =>
            m.SchemeId
        );
        var agreement = await db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id);
        var contributions = await db
            .PartnershipContributions.AsNoTracking()
            .Where(c => c.PartnershipId == id && c.Year == year.StartYear)
            .ToListAsync();
        return PoolVariance.Build(
            year,
            pool.VariancePartners,
            schemes
                .Select(s => new PoolVariance.SchemeInput(s.Id, s.Name, s.Type, s.LeadPartnerId, months[s.Id].ToList()))
                .ToList(),
            agreement,
            contributions,
            today
        );
    }

    /// <summary>The table of the page as rows for a download: each scheme, then the total.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Table(PoolVariance.Report r)
    {
        static string N(decimal v) => NumberInput.Plain(v);
        IReadOnlyList<string> header =
        [
            "Scheme",
            "Type",
            "Lead partner",
            "Budget",
            "Actual to date",
            "Forecast outturn",
            "Variance",
        ];
        var rows = r
            .Schemes.Select(s =>
                (IReadOnlyList<string>)
                    [
                        s.Name,
                        SchemeTypeNames.Display(s.Type),
                        s.LeadPartner,
                        N(s.Figures.Budget),
                        N(s.Figures.ActualToDate),
                        N(s.Figures.Outturn),
                        N(s.Figures.Variance),
                    ]
            )
            .Append([
                "Total",
                "",
                "",
                N(r.Total.Budget),
                N(r.Total.ActualToDate),
                N(r.Total.Outturn),
                N(r.Total.Variance),
            ])
            .ToList();
        if (r.Split is { } split)
        {
            rows.Add([]);
            rows.Add(["Partner", "Contribution", "Share of the variance", "Working"]);
            rows.AddRange(
                split.Shares.Select(s => (IReadOnlyList<string>)[s.Partner, N(s.Contribution), N(s.Share), s.Working])
            );
        }
        return (header, rows);
    }
}
