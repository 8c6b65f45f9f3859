namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// Reading and writing schemes' monthly spend, shared by the pages and the API. Sums are taken here rather than in SQL:
/// SQLite keeps decimals as text, and a year is at most twelve rows a scheme.
/// </summary>
public static class SchemeSpendStore
{
    /// <summary>The months of the schemes within a year.</summary>
    public static Task<List<SchemeSpend>> MonthsAsync(
        AppDbContext db,
        IReadOnlyCollection<Guid> schemes,
        FinancialYear year
    )
    {
        var (first, last) = (year.Start, year.Start.AddMonths(11));
        return db
            .SchemeSpend.AsNoTracking()
            .Where(s => schemes.Contains(s.SchemeId) && s.Month >= first && s.Month <= last)
            .OrderBy(s => s.Month)
            .ToListAsync();
    }

    /// <summary>Each scheme's budget for the year: its planned spend.</summary>
    public static async Task<IReadOnlyDictionary<Guid, decimal>> PlannedAsync(
        AppDbContext db,
        IReadOnlyCollection<Guid> schemes,
        FinancialYear year
    ) =>
        (await MonthsAsync(db, schemes, year))
            .GroupBy(m => m.SchemeId)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Budget));

    /// <summary>How many months a write added, replaced, and found already as given (left untouched, so a year's
    /// file sent again each month writes only what changed).</summary>
    public sealed record Written(int Added, int Replaced, int Unchanged);

    /// <summary>
    /// Writes imported or entered months over those already held: one query reads every month already held for the
    /// schemes named, then each month is updated or added in memory, and all are saved together, so a file of tens of
    /// thousands of rows costs two round trips for reading and either all of it is saved or none.
    /// </summary>
    public static async Task<Written> ApplyAsync(
        AppDbContext db,
        IReadOnlyList<SpendImport.Month> months,
        string source,
        DateTimeOffset now
    )
    {
        var schemes = months.Select(m => m.SchemeId).Distinct().ToList();
        var (first, last) = (months.Min(m => m.Start), months.Max(m => m.Start));
        var held = await db
            .SchemeSpend.Where(s => schemes.Contains(s.SchemeId) && s.Month >= first && s.Month <= last)
            .ToDictionaryAsync(s => (s.SchemeId, s.Month));
        int added = 0,
            unchanged = 0;
        source = source.Length <= SchemeSpend.SourceMaxLength ? source : source[..SchemeSpend.SourceMaxLength];
        foreach (var m in months)
        {
            if (!held.TryGetValue((m.SchemeId, m.Start), out var row))
            {
                row = new SchemeSpend { SchemeId = m.SchemeId, Month = m.Start };
                db.SchemeSpend.Add(row);
                added++;
            }
            else if (row.Budget == m.Budget && row.Actual == m.Actual && row.Forecast == m.Forecast)
            {
                unchanged++;
                continue;
            }
            row.Budget = m.Budget;
            row.Actual = m.Actual;
            row.Forecast = m.Forecast;
            row.Source = source;
            row.UpdatedAt = now;
        }
        await db.SaveChangesAsync();
        return new Written(added, months.Count - added - unchanged, unchanged);
    }
}
