namespace CareCommissioning.Web.Pages.Appraisals.Decide;

/// <summary>The recommended option with its reasons, and the consequences of acting on it and of not acting
/// (OA-P17).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class RecommendationModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class RecommendationForm
    {
        public string? OptionId { get; set; }
        public string? Reasons { get; set; }
        public string? ConsequencesOfAction { get; set; }
        public string? ConsequencesOfInaction { get; set; }
    }

    [BindProperty]
    public RecommendationForm Input { get; set; } = new();
    public EconomicCase? Case { get; private set; }

    public IEnumerable<SelectListItem> OptionItems =>
        Appraisal.Content.ShortList.Select(o => new SelectListItem(o.Name, o.Id.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        var r = Appraisal.Content.Recommendation;
        Input = new RecommendationForm
        {
            OptionId = r.OptionId?.ToString(),
            Reasons = r.Reasons,
            ConsequencesOfAction = r.ConsequencesOfAction,
            ConsequencesOfInaction = r.ConsequencesOfInaction,
        };
        Case = AppraisalCalculator.Economic(Appraisal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        Case = AppraisalCalculator.Economic(Appraisal);
        if (RefuseIfLocked())
            return Page();
        var option = Guid.TryParse(Input.OptionId, out var g) ? Appraisal.Content.Option(g) : null;
        if (option is not { ShortListed: true })
            ModelState.AddModelError("Input.OptionId", "Select the short-listed option you recommend");
        Text("Reasons", Input.Reasons, "Enter the reasons for the recommendation");
        Text(
            "ConsequencesOfAction",
            Input.ConsequencesOfAction,
            "Enter what happens if the recommendation is taken up"
        );
        Text("ConsequencesOfInaction", Input.ConsequencesOfInaction, "Enter what happens if nothing is done");
        if (!ModelState.IsValid)
            return Invalid();
        Appraisal.Content.Recommendation = new Recommendation
        {
            OptionId = option!.Id,
            Reasons = Input.Reasons!.Trim(),
            ConsequencesOfAction = Input.ConsequencesOfAction!.Trim(),
            ConsequencesOfInaction = Input.ConsequencesOfInaction!.Trim(),
        };
        return await SaveAsync($"{option.Name} is recommended") ?? Redirect(Path());
    }

    private void Text(string field, string? value, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
            ModelState.AddModelError($"Input.{field}", missing);
        else if (value.Length > AppraisalRules.TextMaxLength)
            ModelState.AddModelError(
                $"Input.{field}",
                $"This must be {AppraisalRules.TextMaxLength:N0} characters or fewer"
            );
    }
}
