namespace CareCommissioning.Web.Pages.Evaluations.Evidence;

/// <summary>
/// Drawing evidence from the records monitoring already holds (EV-P3): a contract's KPI returns and its complaints and
/// compliments, a partnership's pooled-budget measures, or a purchase's evaluation. The finding is written from the
/// real data, and the record it came from is kept with it.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class FromMonitoringModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    [BindProperty]
    public Guid? ContractId { get; set; }

    [BindProperty]
    public Guid? PartnershipId { get; set; }

    [BindProperty]
    public Guid? PurchaseId { get; set; }

    public IReadOnlyList<SelectListItem> ContractItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PartnershipItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PurchaseItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostContractAsync(Guid id) =>
        DrawAsync(
            id,
            nameof(ContractId),
            "Select a contract",
            ContractId is { } c ? () => EvidenceCommands.FromContractAsync(Db, Evaluation, c) : null
        );

    public Task<IActionResult> OnPostPartnershipAsync(Guid id) =>
        DrawAsync(
            id,
            nameof(PartnershipId),
            "Select a partnership",
            PartnershipId is { } p ? () => EvidenceCommands.FromPartnershipAsync(Db, Evaluation, p) : null
        );

    public Task<IActionResult> OnPostPurchaseAsync(Guid id) =>
        DrawAsync(
            id,
            nameof(PurchaseId),
            "Select a purchase with a completed evaluation",
            PurchaseId is { } p ? () => EvidenceCommands.FromPurchaseAsync(Db, Evaluation, p) : null
        );

    private async Task<IActionResult> DrawAsync(
        Guid id,
        string field,
        string choose,
        Func<Task<EvidenceCommands.Answers?>>? draw
    )
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        if (draw is null || await draw() is not { } answers)
        {
            ModelState.AddModelError(field, choose);
            await LoadAsync();
            return Page();
        }
        var (saved, errors) = await EvidenceCommands.AddAsync(Db, Person, Evaluation, answers, [], Clock.GetUtcNow());
        ModelState.AddDomainErrors("", errors, _ => field);
        if (saved is null)
        {
            await LoadAsync();
            return Page();
        }
        return Done($"Evidence drawn from monitoring: {saved.Title}", "Evidence/Index");
    }

    private async Task LoadAsync()
    {
        ContractItems =
        [
            new("Choose a contract", ""),
            .. (await EvidenceCommands.Contracts(Db, Evaluation).OrderBy(c => c.Reference).ToListAsync()).Select(
                c => new SelectListItem($"{c.Reference}: {c.Title}", c.Id.ToString())
            ),
        ];
        PartnershipItems =
        [
            new("Choose a partnership", ""),
            .. (await EvidenceCommands.Partnerships(Db, Evaluation).OrderBy(p => p.Name).ToListAsync()).Select(
                p => new SelectListItem(p.Name, p.Id.ToString())
            ),
        ];
        PurchaseItems =
        [
            new("Choose a purchase", ""),
            .. (await EvidenceCommands.Purchases(Db, Evaluation).ToListAsync())
                .OrderBy(p => p.Description)
                .Select(p => new SelectListItem(EvidenceCommands.Shorten(p.Description), p.Id.ToString())),
        ];
    }
}
