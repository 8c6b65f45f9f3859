namespace CareCommissioning.Web.Pages.Partnerships.Returns;

/// <summary>A partnership's quarterly and year-end returns, with what is due and overdue (PB-P15); the host's writers
/// open the next one.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public IReadOnlyList<PoolReturn> Returns { get; private set; } = [];
    public bool CanOpen { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty]
    public OpenForm Input { get; set; } = new();

    public sealed class OpenForm
    {
        public string? Year { get; set; }
        public string? Quarter { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.Year = FinancialYear
            .Containing(Today)
            .StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanOpen)
            return Forbid();
        var year = int.TryParse(Input.Year, out var y) ? y : 0;
        var quarter = int.TryParse(Input.Quarter, out var q) ? q : -1;
        if (PoolReturnRules.RefuseOpening(year, quarter, Returns) is { } refusal)
        {
            ModelState.AddModelError($"Input.{refusal.Field}", refusal.Message);
            return Page();
        }
        var r = new PoolReturn
        {
            PartnershipId = id,
            Year = year,
            Quarter = quarter,
            DueOn = PoolReturnRules.DueFor(year, quarter),
        };
        db.PoolReturns.Add(r);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            $"The return for {r.PeriodName} is open: it is due on {Display.Date(r.DueOn)}";
        return Redirect(this.Links().PoolReturn(id, r.Id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return false;
        Partnership = partnership;
        CanOpen = user.Can(Policies.PartnershipsWrite, partnership.OrganisationId);
        Today = UkCalendar.DateOf(clock.GetUtcNow());
        Returns = await db
            .PoolReturns.AsNoTracking()
            .Where(r => r.PartnershipId == id)
            .OrderByDescending(r => r.Year)
            .ThenByDescending(r => r.Quarter == 0 ? 5 : r.Quarter)
            .ToListAsync();
        return true;
    }

    public IEnumerable<SelectListItem> YearItems =>
        Enumerable
            .Range(FinancialYear.Containing(Today).StartYear - 2, 4)
            .Reverse()
            .Select(y => new SelectListItem(
                new FinancialYear(y).ToString(),
                y.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ));

    public static IEnumerable<SelectListItem> QuarterItems =>
        [
            new("Quarter 1 (April to June)", "1"),
            new("Quarter 2 (July to September)", "2"),
            new("Quarter 3 (October to December)", "3"),
            new("Quarter 4 (January to March)", "4"),
            new("Year-end return", "0"),
        ];
}
