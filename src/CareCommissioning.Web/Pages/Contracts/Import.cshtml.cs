using CareCommissioning.Web.Infrastructure.Import;

namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>
/// Imports existing contracts from CSV or XLSX in the columns the register downloads. Every row is checked first; if
/// any is wrong, each problem is listed with its row number and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
[UploadLimit(SpreadsheetReader.MaxBytes, MaxRequestBytes, SpreadsheetReader.TooLargeMessage)]
public sealed class ImportModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const long MaxRequestBytes = 10_000_000;
    public const int ProblemsShown = UploadedSheet.ProblemsShown;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? OrganisationId { get; set; }

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync() =>
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.ContractsWrite);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.ContractsWrite);
        if (!ModelState.IsValid)
            return Page(); // the file was too large to read (UploadLimit)
        var organisation = OrganisationChoice.Resolve(
            user,
            Policies.ContractsWrite,
            OrganisationId,
            ModelState,
            nameof(OrganisationId),
            "contracts"
        );
        if (organisation is null)
            return Page();
        var read = await UploadedSheet.ReadAsync(Upload);
        if (read.Problem is { } problem)
            return Refuse(problem);
        var outcome = ContractImport.Read(read.Rows, await RegistersAsync(organisation.Value), CpvCatalogue.Standard);
        if (!outcome.Succeeded)
        {
            Problems = outcome.Problems;
            UploadedSheet.ShowProblems(ModelState, nameof(Upload), outcome.Problems);
            return Page();
        }
        var now = clock.GetUtcNow();
        foreach (var details in outcome.Contracts)
        {
            var contract = new Contract
            {
                Reference = details.Reference!,
                Title = details.Title!,
                CpvCode = details.CpvCode!,
                OrganisationId = organisation.Value,
                CreatedAt = now,
                UpdatedAt = now,
            };
            details.ApplyTo(contract);
            db.Contracts.Add(contract);
        }
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            $"{outcome.Contracts.Count:N0} contract{(outcome.Contracts.Count == 1 ? " has" : "s have")} been imported";
        return Redirect(this.Links().Contracts());
    }

    private async Task<ContractImport.Registers> RegistersAsync(Guid organisation)
    {
        var suppliers = await db
            .Suppliers.AsNoTracking()
            .Where(s => s.OrganisationId == organisation)
            .Select(s => new { s.Name, s.Id })
            .ToListAsync();
        var providers = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Type == OrganisationType.CareProvider && !o.Archived)
            .Select(o => new { o.Name, o.Id })
            .ToListAsync();
        var references = await db
            .Contracts.AsNoTracking()
            .Where(c => c.OrganisationId == organisation)
            .Select(c => c.Reference)
            .ToListAsync();
        // A name held twice cannot say which is meant, so it is not found.
        static Dictionary<string, Guid> ByName(IEnumerable<(string Name, Guid Id)> items) =>
            items
                .GroupBy(i => i.Name.Trim(), StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() == 1)
                .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.OrdinalIgnoreCase);
        return new(
            ByName(suppliers.Select(s => (s.Name, s.Id))),
            ByName(providers.Select(p => (p.Name, p.Id))),
            references.ToHashSet(StringComparer.Ordinal)
        );
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        return Page();
    }
}
