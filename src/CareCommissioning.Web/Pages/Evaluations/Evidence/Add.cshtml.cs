namespace CareCommissioning.Web.Pages.Evaluations.Evidence;

/// <summary>Adding a piece of evidence by hand (EV-P3): research, people's views, or a finding from a source the
/// system does not hold, with what it shows and the period it covers.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public sealed class EvidenceForm
    {
        public EvidenceKind? Kind { get; set; }
        public string? Title { get; set; }
        public string? Finding { get; set; }
        public DateInputModel PeriodFrom { get; set; } = new();
        public DateInputModel PeriodTo { get; set; } = new();
    }

    [BindProperty]
    public EvidenceForm Input { get; set; } = new();

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<EvidenceKind>()
            .Where(k => k != EvidenceKind.Survey)
            .Select(k => new SelectListItem(EvidenceKindNames.Display(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindToChangeAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        if (Input.PeriodFrom.TryParse("The start of the period", out var from) is { } p1)
            ModelState.AddModelError("Input.PeriodFrom", p1);
        if (Input.PeriodTo.TryParse("The end of the period", out var to) is { } p2)
            ModelState.AddModelError("Input.PeriodTo", p2);
        var (saved, errors) = await EvidenceCommands.AddAsync(
            Db,
            Person,
            Evaluation,
            new(Input.Kind, Input.Title, Input.Finding, from, to),
            [],
            Clock.GetUtcNow()
        );
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (saved is null || !ModelState.IsValid)
            return Page();
        return Done("The evidence has been added", "Evidence/Index");
    }
}
