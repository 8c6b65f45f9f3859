namespace CareCommissioning.Web.Pages.Evaluations.Sharing;

/// <summary>Recording information shared with or received from another agency, with its legal basis and any data
/// sharing agreement (EV-P5).</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AddInformationModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public sealed class ExchangeForm
    {
        public string? Agency { get; set; }
        public ExchangeDirection? Direction { get; set; }
        public string? Information { get; set; }
        public SharingBasis? Basis { get; set; }
        public string? Agreement { get; set; }
        public DateInputModel ExchangedOn { get; set; } = new();
    }

    [BindProperty]
    public ExchangeForm Input { get; set; } = new();

    public static IEnumerable<SelectListItem> DirectionItems =>
        Enum.GetValues<ExchangeDirection>()
            .Select(d => new SelectListItem(ExchangeDirectionNames.Display(d), d.ToString()));

    public static IEnumerable<SelectListItem> BasisItems =>
        Enum.GetValues<SharingBasis>().Select(b => new SelectListItem(SharingBasisNames.Display(b), b.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindToChangeAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        if (Input.ExchangedOn.TryParse("The date", out var on) is { } problem)
            ModelState.AddModelError("Input.ExchangedOn", problem);
        var (saved, errors) = await SharingCommands.RecordExchangeAsync(
            Db,
            Person,
            Evaluation,
            new(Input.Agency, Input.Direction, Input.Information, Input.Basis, Input.Agreement, on),
            Clock.GetUtcNow(),
            Today
        );
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (saved is null || !ModelState.IsValid)
            return Page();
        return Done("The information shared has been recorded", "Sharing/Information");
    }
}
