using System.Globalization;
using CareCommissioning.Web.Infrastructure.Export;
using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>
/// The filtered all-purchases list as CSV or XLSX (<c>?format=csv|xlsx</c> and the list's filters), at most <see
/// cref="MaxRows"/> rows, newest first unless sorted otherwise. Rows are read in pages of <see cref="ChunkSize"/> so
/// memory stays flat.
/// </summary>
[Authorize(Policy = Policies.PurchasesAll)]
public sealed class AllExportModel(AppDbContext db, CurrentUser user, TimeProvider clock, PublicAddress address)
    : PageModel
{
    public const int MaxRows = 100_000;
    public const int ChunkSize = 5_000;

    public static readonly string[] Header =
    [
        "Description",
        "CPV category",
        "Status",
        "Route chosen",
        "Route recommended",
        "Supplier chosen",
        "Estimated value including VAT (£)",
        "Order number",
        "Compliance",
        "Started",
        "Submitted",
        "Organisation",
        "Link",
    ];

    public async Task<IActionResult> OnGetAsync(
        string? format,
        string? search,
        string? status,
        string? route,
        string? category,
        string? supplier,
        string? band,
        string? compliance,
        string? sort,
        string? organisation
    )
    {
        var today = Domain.Common.UkCalendar.Today(clock);
        var visible = user.OrganisationsFor(Policies.PurchasesAll);
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => visible.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        var query = await PurchaseList
            .Parse(search, status, route, category, supplier, band, compliance, sort, organisation)
            .QueryAsync(db, visible, today, ct: HttpContext.RequestAborted);
        var rows = new List<IReadOnlyList<string>> { Header };
        for (var skip = 0; skip < MaxRows; skip += ChunkSize)
        {
            var chunk = await query
                .Skip(skip)
                .Take(Math.Min(ChunkSize, MaxRows - skip))
                .ToListAsync(HttpContext.RequestAborted);
            rows.AddRange(chunk.Select(p => Cells(p, names)));
            if (chunk.Count < ChunkSize)
                break;
        }
        var stamp = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TableFile.Of(format, "Purchases", rows[0], rows.Skip(1), $"purchases-{stamp}");
    }

    private IReadOnlyList<string> Cells(PurchaseListRow p, IReadOnlyDictionary<Guid, string> names) =>
        [
            p.Description,
            p.Category,
            PurchaseStatusNames.Display(p.Status),
            p.Route is { } r ? PurchaseRouteNames.Display(r) : "",
            p.RecommendedRoute is { } rr ? PurchaseRouteNames.Display(rr) : "",
            p.SupplierName ?? "",
            Math.Round(p.EstimatedValueIncludingVat, 2, MidpointRounding.AwayFromZero)
                .ToString("0.00", CultureInfo.InvariantCulture),
            p.OrderNumber ?? "",
            PurchaseList.ComplianceName(p.Compliant),
            p.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            names.GetValueOrDefault(p.OrganisationId) ?? "",
            address.Link(Request, $"/purchasing/{p.Id}"),
        ];
}
