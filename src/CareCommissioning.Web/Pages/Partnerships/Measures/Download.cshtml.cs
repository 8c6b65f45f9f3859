using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>Every measure of a partnership with its values, one row per value, as CSV or Excel for partners to use
/// in their own reports (PB-P14).</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DownloadModel(AppDbContext db, CurrentUser user) : PageModel
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Measure",
        "Unit",
        "Reported",
        "Baseline",
        "Target",
        "Higher is better",
        "Period",
        "Period starts",
        "Value",
        "Provided by",
        "Note",
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, string format)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return NotFound();
        var measures = await db
            .PartnershipMeasures.AsNoTracking()
            .Where(m => m.PartnershipId == id)
            .OrderBy(m => m.Name)
            .ToListAsync();
        var values = await MeasureScope.ValuesAsync(db, measures.Select(m => m.Id).ToList());
        static string Plain(decimal? v) => v is { } d ? NumberInput.Plain(d) : "";
        var rows = measures.SelectMany(m =>
            values[m.Id]
                .Select(v => (MeasureValue?)v)
                .DefaultIfEmpty()
                .Select(v =>
                    (IReadOnlyList<string>)
                        [
                            m.Name,
                            m.Unit ?? "",
                            MeasureFrequencyNames.Display(m.Frequency),
                            Plain(m.Baseline),
                            Plain(m.Target),
                            Display.YesNo(m.HigherIsBetter),
                            v is null ? "" : MeasurePeriods.ShortName(m.Frequency, v.Period),
                            v is null ? "" : DetailsModel.Key(v.Period),
                            Plain(v?.Value),
                            v?.ProvidedBy ?? "",
                            v?.Note ?? "",
                        ]
                )
        );
        return TableFile.Of(format, "Measures", Columns, rows.ToList(), "measures-" + TableFile.Slug(partnership.Name));
    }
}
