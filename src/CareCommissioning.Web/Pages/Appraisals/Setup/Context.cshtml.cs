namespace CareCommissioning.Web.Pages.Appraisals.Setup;

/// <summary>The strategic context as PESTLE factors, each with its impact on commissioning (OA-P6).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class ContextModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class FactorForm
    {
        public string? Category { get; set; }
        public string? Factor { get; set; }
        public string? Impact { get; set; }
    }

    [BindProperty]
    public FactorForm Input { get; set; } = new();

    public static IEnumerable<SelectListItem> CategoryItems =>
        Enum.GetValues<PestleCategory>().Select(c => new SelectListItem(PestleCategoryNames.Display(c), c.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        var factor = new PestleFactor
        {
            Category = Enum.TryParse<PestleCategory>(Input.Category, out var c) ? c : 0,
            Factor = Input.Factor?.Trim() ?? "",
            Impact = Input.Impact?.Trim() ?? "",
        };
        AddErrors("Input", AppraisalRules.ValidateFactor(factor));
        if (!ModelState.IsValid)
            return Invalid();
        Appraisal.Content.Pestle.Add(factor);
        return await SaveAsync("The factor has been added") ?? Redirect(Path("/context"));
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid factorId) =>
        RemoveAsync(id, c => c.Pestle.RemoveAll(f => f.Id == factorId), "The factor has been removed", "/context");
}
