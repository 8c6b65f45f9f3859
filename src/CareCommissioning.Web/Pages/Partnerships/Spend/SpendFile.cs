using CareCommissioning.Web.Infrastructure.Import;

namespace CareCommissioning.Web.Pages.Partnerships.Spend;

/// <summary>
/// A spend file's journey from upload to the database, shared by the import page and the API: read under the finance
/// export limits, checked row by row against the partnership's schemes (loaded once), and, only when every row is
/// right, written over the months it names.
/// </summary>
public static class SpendFile
{
    public sealed record Outcome(IReadOnlyList<string> Problems, int Added, int Replaced, int Unchanged, int Schemes)
    {
        public bool Imported => Problems.Count == 0;
    }

    /// <summary>The schemes a file may name, with whether this user may record each one's spend.</summary>
    public static async Task<IReadOnlyList<SpendImport.Scheme>> SchemesAsync(AppDbContext db, PoolContext pool)
    {
        var schemes = await db
            .PartnershipSchemes.AsNoTracking()
            .Where(s => s.PartnershipId == pool.Partnership.Id)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.LeadPartnerId,
            })
            .ToListAsync();
        return schemes
            .Select(s => new SpendImport.Scheme(
                s.Id,
                s.Name,
                pool.MayChange(s.LeadPartnerId),
                pool.NameOf(s.LeadPartnerId)
            ))
            .ToList();
    }

    public static async Task<Outcome> ImportAsync(
        AppDbContext db,
        PoolContext pool,
        Stream content,
        string fileName,
        string who,
        DateTimeOffset now
    )
    {
        var read = SpreadsheetReader.Read(content, fileName, SheetLimits.FinanceExport);
        if (read.Problem is { } problem)
            return new Outcome([problem], 0, 0, 0, 0);
        var outcome = SpendImport.Read(read.Rows, await SchemesAsync(db, pool), pool.Period);
        if (!outcome.Succeeded)
            return new Outcome(outcome.Problems, 0, 0, 0, 0);
        var written = await SchemeSpendStore.ApplyAsync(
            db,
            outcome.Months,
            $"Imported from {Path.GetFileName(fileName)} by {who}",
            now
        );
        return new Outcome(
            [],
            written.Added,
            written.Replaced,
            written.Unchanged,
            outcome.Months.Select(m => m.SchemeId).Distinct().Count()
        );
    }
}
