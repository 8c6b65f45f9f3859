namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>The money in a budget head for this financial year and the ten after it. A blank amount removes that
/// year.</summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class AllocationsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const decimal MaxAmount = 100_000_000_000m;

    public const string ChangedMeanwhile =
        "Someone else changed this budget head or its money while your amounts were being saved (a virement was "
        + "approved, say), so they were not saved. Check what the head holds now, then save your amounts again";

    public sealed class Row
    {
        public int Year { get; set; }
        public string? Amount { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public BudgetHead Head { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite);
        if (head is null)
            return NotFound();
        Head = head;
        var existing = await db
            .BudgetAllocations.AsNoTracking()
            .Where(a => a.BudgetHeadId == id)
            .ToDictionaryAsync(a => a.Year);
        var first = Math.Min(existing.Keys.DefaultIfEmpty(int.MaxValue).Min(), ThisYear());
        Rows = Enumerable
            .Range(first, Math.Max(11, ThisYear() + 11 - first))
            .Select(y =>
                existing.TryGetValue(y, out var a)
                    ? new Row
                    {
                        Year = y,
                        Amount = NumberInput.Plain(a.Amount),
                        Note = a.Note,
                    }
                    : new Row { Year = y }
            )
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (head is null)
            return NotFound();
        Head = head;
        var wanted = new Dictionary<int, (decimal Amount, string? Note)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var year = new FinancialYear(row.Year);
            if (row.Year is < 2000 or > 2100)
            {
                ModelState.AddModelError($"Rows[{i}].Amount", "Years must be between 2000/01 and 2100/01");
                continue;
            }
            if (string.IsNullOrWhiteSpace(row.Amount))
                continue;
            if (!NumberInput.TryParseMoney(row.Amount, out var amount))
            {
                ModelState.AddModelError(
                    $"Rows[{i}].Amount",
                    $"Amount for {year} must be in pounds, like 250,000 or 1250.50"
                );
                continue;
            }
            if (amount < 0)
            {
                ModelState.AddModelError($"Rows[{i}].Amount", $"Amount for {year} must be £0 or more");
                continue;
            }
            if (amount > MaxAmount)
            {
                ModelState.AddModelError($"Rows[{i}].Amount", $"Amount for {year} must be £100 billion or less");
                continue;
            }
            if (row.Note?.Length > 500)
            {
                ModelState.AddModelError($"Rows[{i}].Note", $"Note for {year} must be 500 characters or fewer");
                continue;
            }
            if (!wanted.TryAdd(row.Year, (amount, string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim())))
                ModelState.AddModelError($"Rows[{i}].Amount", $"{year} is given twice");
        }
        if (!ModelState.IsValid)
            return Page();
        var existing = await db.BudgetAllocations.Where(a => a.BudgetHeadId == id).ToListAsync();
        foreach (var a in existing.Where(a => !wanted.ContainsKey(a.Year)))
            db.BudgetAllocations.Remove(a);
        var added = new List<int>();
        foreach (var (year, (amount, note)) in wanted)
        {
            var a = existing.FirstOrDefault(x => x.Year == year);
            if (a is null)
            {
                db.BudgetAllocations.Add(a = new BudgetAllocation { BudgetHeadId = id, Year = year });
                added.Add(year);
            }
            a.Amount = amount;
            a.Note = note;
        }
        head.UpdatedAt = clock.GetUtcNow();
        if (!await AllocationSave.TrySaveAsync(db, id, added))
        {
            // The amounts typed stay on the page; saving them again deliberately replaces what is there now.
            ModelState.AddModelError(string.Empty, ChangedMeanwhile);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"The money in {head.Name} has been saved";
        return Redirect(this.Links().BudgetHead(id));
    }

    private int ThisYear() => UkCalendar.ThisFinancialYear(clock).StartYear;
}
