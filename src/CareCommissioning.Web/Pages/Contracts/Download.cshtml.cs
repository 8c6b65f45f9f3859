using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>The filtered register as CSV or Excel, with the same filters and visibility as the list page.</summary>
[Authorize(Policy = Policies.ContractsRead)]
public sealed class DownloadModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int MaxRows = 100_000;

    /// <summary>The import's columns, so a download can be corrected and imported into another register, and who
    /// commissioned each.</summary>
    public static readonly IReadOnlyList<string> Columns = [.. ContractImport.Columns, "Commissioned by"];

    public async Task<IActionResult> OnGetAsync(
        string format,
        string? search,
        string? status,
        string? type,
        string? expiring,
        string? sort
    )
    {
        var rows = await IndexModel
            .ToSearch(search, status, type, expiring, sort)
            .Apply(db, ContractAccess.Visible(db, user), UkCalendar.Today(clock))
            .Take(MaxRows)
            .ToListAsync();
        var orgIds = rows.Select(r => r.OrganisationId)
            .Concat(rows.Where(r => r.ProviderOrganisationId is not null).Select(r => r.ProviderOrganisationId!.Value))
            .Distinct()
            .ToList();
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        var cells = rows.Select(r =>
                (IReadOnlyList<string>)
                    [
                        r.Reference,
                        r.Title,
                        r.Supplier,
                        r.ProviderOrganisationId is { } p ? names.GetValueOrDefault(p, "") : "",
                        ContractTypeNames.Display(r.Type),
                        ContractStatusNames.Display(r.Status),
                        r.CpvCode,
                        AwardRouteNames.Display(r.AwardRoute),
                        NumberInput.Plain(r.Value),
                        r.StartDate.ToString("yyyy-MM-dd"),
                        r.EndDate.ToString("yyyy-MM-dd"),
                        r.ExtensionMonthsAvailable.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        names.GetValueOrDefault(r.OrganisationId, ""),
                    ]
            )
            .ToList();
        return TableFile.Of(format, "Contracts", Columns, cells, "contracts");
    }
}
