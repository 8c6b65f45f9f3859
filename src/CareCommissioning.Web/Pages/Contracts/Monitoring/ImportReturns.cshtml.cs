using System.Globalization;
using CareCommissioning.Web.Infrastructure.Export;
using CareCommissioning.Web.Infrastructure.Import;

namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>
/// KPI returns for several contracts and periods from one CSV or XLSX file, for a provider with many contracts or a
/// contract manager entering returns that came by e-mail. The template lists the returns the user owes, one row per
/// KPI. Every row is checked first (<see cref="KpiReturnImport"/>); if any is wrong, each problem is listed with its
/// row number and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.ContractsSubmitReturns)]
[UploadLimit(SpreadsheetReader.MaxBytes, ImportModel.MaxRequestBytes, SpreadsheetReader.TooLargeMessage)]
public sealed class ImportReturnsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet() { }

    /// <summary>The returns owed now and not yet sent, a row for each KPI, with the value to fill in.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string? format)
    {
        var today = UkCalendar.Today(clock);
        var contracts = await MonitoringAccess
            .ForReturns(db, user)
            .Where(c => c.Status == ContractStatus.Active && c.StartDate <= today)
            .OrderBy(c => c.Reference)
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.StartDate,
                c.EndDate,
            })
            .ToListAsync();
        var (kpis, received) = await KpisAndReturnsAsync([.. contracts.Select(c => c.Id)]);
        var rows = (
            from c in contracts
            let theirs = kpis[c.Id].ToList()
            let got = received[c.Id].ToHashSet()
            from p in theirs
                .SelectMany(k => k.Periods(c.StartDate, c.EndDate < today ? c.EndDate : today))
                .Where(p => p.End < today && !got.Contains(p.Start))
                .Select(p => p.Start)
                .Distinct()
                .Order()
            from k in KpiReturnRules.KpisFor(theirs, p)
            select (IReadOnlyList<string>)
                [c.Reference, p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), k.Name, "", ""]
        )
            .Take(SpreadsheetReader.MaxRows - 1)
            .ToList();
        return TableFile.Of(format, "Returns", KpiReturnImport.Columns, rows, "kpi-returns-due");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page(); // the file was too large to read (UploadLimit)
        var read = await UploadedSheet.ReadAsync(Upload);
        if (read.Problem is { } problem)
            return Refuse(problem);
        var now = clock.GetUtcNow();
        var (contracts, providers) = await ContractsNamedAsync(read.Rows);
        var outcome = KpiReturnImport.Read(read.Rows, contracts, UkCalendar.DateOf(now));
        if (!outcome.Succeeded)
        {
            Problems = outcome.Problems;
            UploadedSheet.ShowProblems(ModelState, nameof(Upload), outcome.Problems);
            return Page();
        }
        var mine = ContractAccess.ProviderOrganisations(user);
        var built = outcome
            .Returns.Select(r =>
                ReturnCommands.Build(
                    user,
                    r.Contract.ContractId,
                    providers[r.Contract.ContractId] is not { } p || !mine.Contains(p),
                    r.PeriodStart,
                    r.PeriodKpis,
                    r.Values,
                    now
                )
            )
            .ToList();
        db.ContractKpiReturns.AddRange(built);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another return for one of the periods came in while the file was read: its unique key is taken.
            db.ChangeTracker.Clear();
            return Refuse(
                "A return for one of the file's periods was sent while this file was being imported. Nothing has been imported: upload it again to see which"
            );
        }
        var red = built.Count(r => r.RedCount > 0);
        TempData[PageKeys.SuccessMessage] =
            $"{built.Count:N0} return{(built.Count == 1 ? " has" : "s have")} been imported"
            + (
                red == 0
                    ? ""
                    : $": {red:N0} with KPIs rated red, shown on {(red == 1 ? "its contract's page" : "their contracts' pages")}"
            );
        return Redirect(this.Links().Contracts());
    }

    /// <summary>The contracts the file names that the user may send returns for, by reference, with their KPIs and
    /// the periods already returned; and each one's provider organisation.</summary>
    private async Task<(
        Dictionary<string, KpiReturnImport.ContractReturns?>,
        Dictionary<Guid, Guid?>
    )> ContractsNamedAsync(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var references = rows.Skip(1)
            .Select(r => r.Count > 0 ? r[0].Trim() : "")
            .Where(r => r.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var found = await MonitoringAccess
            .ForReturns(db, user)
            .Where(c => references.Contains(c.Reference))
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.StartDate,
                c.EndDate,
                c.ProviderOrganisationId,
            })
            .ToListAsync();
        var (kpis, received) = await KpisAndReturnsAsync([.. found.Select(c => c.Id)]);
        var contracts = found
            .GroupBy(c => c.Reference, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                    g.Count() == 1
                        ? new KpiReturnImport.ContractReturns(
                            g.Single().Id,
                            g.Key,
                            g.Single().StartDate,
                            g.Single().EndDate,
                            [.. kpis[g.Single().Id]],
                            [.. received[g.Single().Id]]
                        )
                        : null,
                StringComparer.Ordinal
            );
        return (contracts, found.ToDictionary(c => c.Id, c => c.ProviderOrganisationId));
    }

    /// <summary>The contracts' KPIs in their order, and the first days of the periods already returned.</summary>
    private async Task<(ILookup<Guid, ContractKpi> Kpis, ILookup<Guid, DateOnly> Received)> KpisAndReturnsAsync(
        List<Guid> ids
    )
    {
        var kpis = (await db.ContractKpis.AsNoTracking().Where(k => ids.Contains(k.ContractId)).ToListAsync())
            .OrderBy(k => k.CreatedAt)
            .ThenBy(k => k.Name)
            .ToLookup(k => k.ContractId);
        var received = (
            await db
                .ContractKpiReturns.Where(r => ids.Contains(r.ContractId))
                .Select(r => new { r.ContractId, r.PeriodStart })
                .ToListAsync()
        ).ToLookup(r => r.ContractId, r => r.PeriodStart);
        return (kpis, received);
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        return Page();
    }
}
