namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>
/// Virements between budget heads (OA-P3, P11): asked for with a reason, decided by a finance officer or decision maker
/// other than the person who asked, and applied to both heads only when approved — so the impact on the head that gives
/// is shown first.
/// </summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class VirementsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    private readonly VirementCommands _commands = new(db, user, clock);

    public sealed class RequestForm
    {
        public string? FromHeadId { get; set; }
        public string? ToHeadId { get; set; }
        public string? Year { get; set; }
        public string? Amount { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty]
    public RequestForm Input { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }
    public IReadOnlyList<Virement> Virements { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Heads { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<SelectListItem> HeadItems { get; private set; } = [];
    public IReadOnlyList<BudgetAllocation> Allocations { get; private set; } = [];
    public bool CanRequest { get; private set; }
    public bool CanDecide { get; private set; }

    public async Task OnGetAsync() => await PrepareAsync();

    public async Task<IActionResult> OnPostRequestAsync()
    {
        await PrepareAsync();
        if (!CanRequest)
            return Forbid();
        var v = new Virement
        {
            Reason = Input.Reason?.Trim() ?? "",
            RequestedBy = "",
            FromHeadId = Guid.TryParse(Input.FromHeadId, out var f) ? f : Guid.Empty,
            ToHeadId = Guid.TryParse(Input.ToHeadId, out var t) ? t : Guid.Empty,
        };
        if (FinancialYear.TryParse(Input.Year?.Trim(), out var fy))
            v.Year = fy.StartYear;
        if (!string.IsNullOrWhiteSpace(Input.Amount))
        {
            if (NumberInput.TryParseMoney(Input.Amount, out var amount))
                v.Amount = amount;
            else
                ModelState.AddModelError("Input.Amount", "The amount must be in pounds, like 250,000");
        }
        if (ModelState.IsValid)
            ModelState.AddDomainErrors("Input", await _commands.RequestAsync(v));
        else
            ModelState.AddDomainErrors("Input", VirementRules.ValidateRequest(v, Available(v.FromHeadId, v.Year)));
        if (!ModelState.IsValid)
            return Page();
        TempData[PageKeys.SuccessMessage] = $"Your virement of {Display.Money(v.Amount)} has been sent for approval";
        return Redirect(this.Links().Virements());
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid virementId, bool approve)
    {
        await PrepareAsync();
        var v = await db.Virements.FirstOrDefaultAsync(x => x.Id == virementId);
        if (v is null || !user.Can(Policies.NeedsRead, v.OrganisationId))
            return NotFound();
        if (!user.Can(Policies.ApproveVirements, v.OrganisationId))
            return Forbid();
        if (await _commands.DecideAsync(v, approve, Note) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            // Shows the virement as it is now when someone else decided it meanwhile.
            await PrepareAsync();
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = approve
            ? $"The virement of {Display.Money(v.Amount)} has been approved and both budget heads changed"
            : "The virement has been rejected";
        return Redirect(this.Links().Virements());
    }

    public decimal? Available(Guid head, int year) =>
        Allocations.FirstOrDefault(a => a.BudgetHeadId == head && a.Year == year)?.Amount;

    private async Task PrepareAsync()
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        CanRequest = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        CanDecide = user.OrganisationsFor(Policies.ApproveVirements).Count > 0;
        // Archived heads still name the virements that moved their money, but cannot be chosen for a new one.
        var heads = await db
            .BudgetHeads.AsNoTracking()
            .Where(h => visible.Contains(h.OrganisationId))
            .OrderBy(h => h.Name)
            .ToListAsync();
        Heads = heads.ToDictionary(h => h.Id, h => h.Name);
        HeadItems =
        [
            new SelectListItem("Choose a budget head", ""),
            .. heads.Where(h => !h.Archived).Select(h => new SelectListItem(h.Name, h.Id.ToString())),
        ];
        var ids = heads.Select(h => h.Id).ToList();
        Allocations = await db.BudgetAllocations.AsNoTracking().Where(a => ids.Contains(a.BudgetHeadId)).ToListAsync();
        Virements = await db
            .Virements.AsNoTracking()
            .Where(v => visible.Contains(v.OrganisationId))
            .OrderByDescending(v => v.RequestedAt)
            .Take(200)
            .ToListAsync();
    }
}
