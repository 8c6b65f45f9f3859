namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>
/// Entering or correcting a year of a scheme's spend (PB-P15) on one form of twelve months: budget, actual and
/// forecast. Each month carries the version it was read at; if someone changed or added a month since, nothing is
/// saved, the page answers 409 with the answers kept and the months as they now are.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class SpendModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this scheme's spending while you were editing it. Check the months as they are now, then save again to replace them with your answers.";

    [BindProperty]
    public List<MonthForm> Rows { get; set; } = [];

    public sealed class MonthForm
    {
        public string? Budget { get; set; }
        public string? Actual { get; set; }
        public string? Forecast { get; set; }

        /// <summary>The version of the month as read; 0 when it was not held.</summary>
        public int Version { get; set; }
    }

    public PoolContext Pool { get; private set; } = default!;
    public PartnershipScheme Scheme { get; private set; } = default!;
    public FinancialYear Year { get; private set; }
    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    /// <summary>After a conflict: the months as someone else saved them.</summary>
    public IReadOnlyList<SchemeSpend>? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid schemeId, int? year)
    {
        if (!await LoadAsync(id, schemeId, year))
            return NotFound();
        var held = (await SchemeSpendStore.MonthsAsync(db, [schemeId], Year)).ToDictionary(m => m.Month);
        Rows = Months.Select(m => held.TryGetValue(m, out var h) ? From(h) : new MonthForm()).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid schemeId, int? year)
    {
        if (!await LoadAsync(id, schemeId, year))
            return NotFound();
        while (Rows.Count < 12)
            Rows.Add(new MonthForm());
        var entered = new List<SpendImport.Month>();
        for (var i = 0; i < 12; i++)
        {
            var r = Rows[i];
            var label = DateText.MonthYear(Months[i]);
            var blank = new[] { r.Budget, r.Actual, r.Forecast }.All(string.IsNullOrWhiteSpace);
            if (blank)
                continue; // a month left blank is left as it is
            var budget = Money(
                i,
                nameof(MonthForm.Budget),
                r.Budget,
                $"Budget for {label}",
                required: true,
                negative: false
            );
            var actual = Money(
                i,
                nameof(MonthForm.Actual),
                r.Actual,
                $"Actual for {label}",
                required: false,
                negative: true
            );
            var forecast = Money(
                i,
                nameof(MonthForm.Forecast),
                r.Forecast,
                $"Forecast for {label}",
                required: false,
                negative: false
            );
            if (budget is { } b)
                entered.Add(new SpendImport.Month(schemeId, Months[i], b, actual, forecast));
        }
        if (!ModelState.IsValid)
            return Page();
        if (entered.Count == 0)
        {
            ModelState.AddModelError("Rows[0].Budget", "Enter the budget for at least one month");
            return Page();
        }

        var held = (await SchemeSpendStore.MonthsAsync(db, [schemeId], Year)).ToDictionary(m => m.Month);
        var stale = Months
            .Select((m, i) => held.TryGetValue(m, out var h) ? h.Version != Rows[i].Version : Rows[i].Version != 0)
            .Any(s => s);
        if (!stale)
        {
            try
            {
                await SchemeSpendStore.ApplyAsync(db, entered, $"Entered by {user.DisplayName}", clock.GetUtcNow());
                TempData[PageKeys.SuccessMessage] = $"{Scheme.Name}'s spending for {Year} has been saved";
                return Redirect(this.Links().Scheme(id, schemeId) + $"?year={Year.StartYear}");
            }
            catch (DbUpdateException)
            {
                // Someone saved a month between our read and our write: the version check or the unique month refused
                // it.
                db.ChangeTracker.Clear();
            }
        }
        Theirs = await SchemeSpendStore.MonthsAsync(db, [schemeId], Year);
        var now = Theirs.ToDictionary(m => m.Month);
        for (var i = 0; i < 12; i++)
            Rows[i].Version = now.TryGetValue(Months[i], out var h) ? h.Version : 0;
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private decimal? Money(int row, string field, string? text, string what, bool required, bool negative)
    {
        var key = $"Rows[{row}].{field}";
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                ModelState.AddModelError(key, $"Enter the {SheetRows.Lower(what)} (0 if there is none)");
            return null;
        }
        if (!NumberInput.TryParseMoney(text, out var amount))
        {
            ModelState.AddModelError(key, $"{what} must be an amount in pounds, like 12500 or 12,500.00");
            return null;
        }
        if (SpendMonths.MoneyProblem(amount, what, negative) is { } problem)
        {
            ModelState.AddModelError(key, problem);
            return null;
        }
        return amount;
    }

    private static MonthForm From(SchemeSpend s) =>
        new()
        {
            Budget = NumberInput.Plain(s.Budget),
            Actual = s.Actual is { } a ? NumberInput.Plain(a) : null,
            Forecast = s.Forecast is { } f ? NumberInput.Plain(f) : null,
            Version = s.Version,
        };

    private async Task<bool> LoadAsync(Guid id, Guid schemeId, int? year)
    {
        if (
            await SchemeAccess.FindAsync(db, user, id, schemeId) is not var (pool, scheme)
            || !pool.MayChange(scheme.LeadPartnerId)
        )
            return false;
        (Pool, Scheme) = (pool, scheme);
        Year = pool.YearOrDefault(year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Months = SpendMonths.Of(Year);
        return true;
    }
}
