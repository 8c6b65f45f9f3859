using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>The filtered register as CSV, with the same filters as the list page.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class ExportModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int MaxRows = 100_000;

    public async Task<IActionResult> OnGetAsync(
        string? search,
        string? status,
        string? size,
        string? vcse,
        string? category,
        string? preferred,
        string? organisation
    )
    {
        var visible = user.OrganisationsFor(Policies.PurchasingRead);
        var today = SupplierAccess.Today(clock);
        var filters = IndexModel.ToSearch(
            search,
            status,
            size,
            vcse,
            category,
            preferred,
            organisation,
            today,
            ModelState,
            "category"
        );
        if (filters is null)
            return BadRequest();
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => visible.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        var rows = await filters
            .Apply(
                db.Suppliers.AsNoTracking()
                    .Include(s => s.Categories)
                    .Include(s => s.Approvals)
                    .Include(s => s.Credentials)
                    .AsSplitQuery(),
                visible
            )
            .Take(MaxRows)
            .ToListAsync();
        var csv = Csv.Build(
            [
                "Name",
                "Status",
                "Status reason",
                "Company number",
                "Charity number",
                "Address line 1",
                "Address line 2",
                "Town or city",
                "Postcode",
                "Size",
                "SME",
                "VCSE",
                "Email for orders",
                "CPV codes",
                "Preferred for (current)",
                "Current quality credentials",
                "Sustainability credentials",
                "Register of",
            ],
            rows.Select(s =>
                new[]
                {
                    s.Name,
                    SupplierStatusNames.Display(s.Status),
                    s.StatusReason,
                    s.CompanyNumber,
                    s.CharityNumber,
                    s.AddressLine1,
                    s.AddressLine2,
                    s.Town,
                    s.Postcode,
                    SupplierSizeNames.Display(s.Size),
                    Display.YesNo(s.IsSme),
                    Display.YesNo(s.IsVcse),
                    s.ContactEmail,
                    string.Join("; ", s.Categories.Select(c => c.CpvCode).Order(StringComparer.Ordinal)),
                    string.Join(
                        "; ",
                        s.Approvals.Where(a => a.IsCurrent(today))
                            .Select(a => $"{a.CpvCode} until {a.ExpiresOn:yyyy-MM-dd}")
                    ),
                    string.Join("; ", s.Credentials.Where(c => c.IsCurrent(today)).Select(c => c.DisplayName)),
                    s.SustainabilityCredentials,
                    names.GetValueOrDefault(s.OrganisationId),
                }
            )
        );
        return File(csv, "text/csv; charset=utf-8", "suppliers.csv");
    }
}
