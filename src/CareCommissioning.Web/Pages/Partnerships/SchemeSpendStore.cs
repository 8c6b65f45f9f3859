using CareCommissioning.Web.Infrastructure.Audit;

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
    /// schemes named, then each month is compared in memory, and those new or changed are written together with
    /// their audit rows in multi-row statements (<see cref="AuditedBulkWrite"/>), so a file of tens of thousands of
    /// rows costs a few dozen round trips and either all of it is saved or none. A month changed by someone else
    /// since it was read here fails the write (<see cref="DbUpdateConcurrencyException"/>), as does a month added by
    /// someone else meanwhile (the unique month, <see cref="DbUpdateException"/>).
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
            .SchemeSpend.AsNoTracking()
            .Where(s => schemes.Contains(s.SchemeId) && s.Month >= first && s.Month <= last)
            .ToDictionaryAsync(s => (s.SchemeId, s.Month));
        var added = new List<SchemeSpend>();
        var replaced = new List<(SchemeSpend Before, SchemeSpend After)>();
        source = source.Length <= SchemeSpend.SourceMaxLength ? source : source[..SchemeSpend.SourceMaxLength];
        foreach (var m in months)
        {
            var before = held.GetValueOrDefault((m.SchemeId, m.Start));
            if (
                before is not null
                && before.Budget == m.Budget
                && before.Actual == m.Actual
                && before.Forecast == m.Forecast
            )
                continue;
            var row = new SchemeSpend
            {
                Id = before?.Id ?? Guid.NewGuid(),
                SchemeId = m.SchemeId,
                Month = m.Start,
                Budget = m.Budget,
                Actual = m.Actual,
                Forecast = m.Forecast,
                Source = source,
                Version = before?.Version ?? 0,
                UpdatedAt = now,
            };
            if (before is null)
                added.Add(row);
            else
                replaced.Add((before, row));
        }
        await AuditedBulkWrite.WriteAsync(db, added, replaced);
        return new Written(added.Count, replaced.Count, months.Count - added.Count - replaced.Count);
    }
}
