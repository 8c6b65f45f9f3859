namespace CareCommissioning.Web.Pages.Appraisals.Setup;

/// <summary>Changes the appraisal's title, purpose, service line, years and discount schedule.</summary>
[Authorize(Policy = Policies.AppraisalsWrite)]
public sealed class SettingModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    [BindProperty]
    public SettingForm Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> ServiceLines { get; private set; } = [];
    private IReadOnlyList<(Guid Id, string Name)> _lines = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        await LinesAsync();
        Input = SettingForm.From(Appraisal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        await LinesAsync();
        if (RefuseIfLocked())
            return Page();
        if (Input.Parse(ModelState, _lines.Select(l => l.Id).ToList()) is not { } s)
            return Invalid();
        var outside = Appraisal
            .Content.Options.SelectMany(o => o.Costs.Concat(o.Benefits))
            .Any(f => f.Year > s.Horizon);
        if (outside)
        {
            ModelState.AddModelError(
                "Input.HorizonYears",
                "Some costs or benefits fall after that many years; remove them first or choose a longer horizon"
            );
            return Invalid();
        }
        Appraisal.Title = s.Title;
        Appraisal.Content.Purpose = s.Purpose;
        Appraisal.ServiceLineId = s.ServiceLine;
        Appraisal.BaseYear = s.BaseYear;
        Appraisal.HorizonYears = s.Horizon;
        Appraisal.Schedule = s.Schedule;
        return await SaveAsync("The appraisal's setting has been saved") ?? Redirect(Path());
    }

    private async Task LinesAsync()
    {
        _lines = await ServiceLineChoices.ForAsync(Db, [Appraisal.OrganisationId]);
        ServiceLines = ServiceLineChoices.Items(_lines);
    }
}
