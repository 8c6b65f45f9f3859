using System.Globalization;

namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>
/// The provider's KPI return for a period (CD-P18): a value, and a comment if it helps, for each KPI returned for the
/// period. Sent by the provider's users, or by the contract's keepers on its behalf; once received it closes the
/// period.
/// </summary>
[Authorize(Policy = Policies.ContractsSubmitReturns)]
public sealed class ReturnModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ValueInput
    {
        public Guid KpiId { get; set; }
        public string? Value { get; set; }
        public string? Comment { get; set; }
    }

    [BindProperty]
    public List<ValueInput> Values { get; set; } = [];

    public Contract Contract { get; private set; } = default!;
    public DateOnly PeriodStart { get; private set; }
    public string PeriodName { get; private set; } = "";
    public DateOnly? DueOn { get; private set; }
    public IReadOnlyList<ContractKpi> Kpis { get; private set; } = [];

    /// <summary>Why no return can be sent for the period, shown instead of the form.</summary>
    public string? Refused { get; private set; }

    public static IEnumerable<SelectListItem> YesNoItems => [new("Yes", "yes"), new("No", "no")];

    public async Task<IActionResult> OnGetAsync(Guid id, string periodStart)
    {
        if (!await LoadAsync(id, periodStart))
            return NotFound();
        Values = [.. Kpis.Select(k => new ValueInput { KpiId = k.Id })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string periodStart)
    {
        if (!await LoadAsync(id, periodStart))
            return NotFound();
        var outcome = await ReturnCommands.SubmitAsync(
            db,
            user,
            Contract,
            PeriodStart,
            [.. Values.Select(v => new KpiReturnEntry(v.KpiId, v.Value, v.Comment))],
            clock.GetUtcNow()
        );
        if (outcome.Saved)
        {
            TempData[PageKeys.SuccessMessage] = $"The return for {PeriodName} has been received";
            return Redirect(this.Links().Contract(id) + "#monitoring");
        }
        ModelState.AddDomainErrors("", outcome.Errors, f => f is "Period" or "Values" ? "" : f);
        if (outcome.Conflict)
            Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string periodStart)
    {
        if (
            !DateOnly.TryParseExact(
                periodStart,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var start
            )
        )
            return false;
        var contract = await MonitoringAccess.FindForReturnsAsync(db, user, id);
        if (contract is null)
            return false;
        (Contract, PeriodStart) = (contract, start);
        var all = await MonitoringAccess.KpisAsync(db, id);
        Kpis = KpiReturnRules.KpisFor(all, start);
        var periods = Kpis.Select(k => k.Periods(start, start)[0]).ToList();
        PeriodName = periods.MaxBy(p => p.End)?.Name ?? Display.Date(start);
        DueOn = periods.Count == 0 ? null : periods.Max(p => p.DueOn);
        var received = await MonitoringAccess.ReceivedAsync(db, id);
        Refused = KpiReturnRules
            .RefusePeriod(all, start, contract.StartDate, contract.EndDate, received, UkCalendar.Today(clock))
            ?.Message;
        return true;
    }
}
