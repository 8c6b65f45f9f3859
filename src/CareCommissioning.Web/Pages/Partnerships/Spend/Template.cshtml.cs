namespace CareCommissioning.Web.Pages.Partnerships.Spend;

/// <summary>The spend import template, as CSV or XLSX: a row for each month of the year for each scheme the user may
/// record, with the figures already held.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class TemplateModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int? year, string? format)
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return NotFound();
        var fy = pool.YearOrDefault(year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var schemes = (await SpendFile.SchemesAsync(db, pool))
            .Where(s => s.MayRecord)
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var held = (await SchemeSpendStore.MonthsAsync(db, schemes.Select(s => s.Id).ToList(), fy)).ToDictionary(m =>
            (m.SchemeId, m.Month)
        );
        var rows = (
            from s in schemes
            from m in SpendMonths.Of(fy)
            let h = held.GetValueOrDefault((s.Id, m))
            select (IReadOnlyList<string>)
                [
                    s.Name,
                    SpendMonths.Text(m),
                    h is null ? "" : NumberInput.Plain(h.Budget),
                    h?.Actual is { } a ? NumberInput.Plain(a) : "",
                    h?.Forecast is { } f ? NumberInput.Plain(f) : "",
                ]
        ).ToList();
        var name = $"spend-{fy.StartYear}-{fy.StartYear + 1 - 2000:00}";
        return Downloads.File(this, format, "Spend", SpendImport.Columns, rows, name);
    }
}
