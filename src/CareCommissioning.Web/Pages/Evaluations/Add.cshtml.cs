namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>Starting the evaluation of one of the organisation's strategies, optionally jointly with a partnership
/// whose partners are then invited to take part (EV-P1).</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class AddForm
    {
        public Guid? StrategyId { get; set; }
        public string? Title { get; set; }
        public string? PlainSummary { get; set; }
        public Guid? PartnershipId { get; set; }
    }

    [BindProperty]
    public AddForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> StrategyItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PartnershipItems { get; private set; } = [];

    public async Task OnGetAsync(Guid? strategyId)
    {
        Input.StrategyId = strategyId;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (saved, errors) = await EvaluationCommands.StartAsync(
            db,
            user,
            new(Input.StrategyId, Input.Title, Input.PlainSummary, Input.PartnershipId),
            clock.GetUtcNow()
        );
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (saved is null)
        {
            await LoadAsync();
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = "The evaluation has been started";
        return Redirect(this.Links().Evaluation(saved.Id));
    }

    private async Task LoadAsync()
    {
        StrategyItems =
        [
            new("Choose a strategy", ""),
            .. (await EvaluationCommands.StrategiesToEvaluate(db, user).OrderBy(s => s.Title).ToListAsync()).Select(
                s => new SelectListItem(s.Title, s.Id.ToString())
            ),
        ];
        PartnershipItems =
        [
            new("No partnership", ""),
            .. (await EvaluationCommands.Partnerships(db, user).OrderBy(p => p.Name).ToListAsync()).Select(
                p => new SelectListItem(p.Name, p.Id.ToString())
            ),
        ];
    }
}
