namespace CareCommissioning.Web.Pages.Appraisals.Setup;

/// <summary>Starts an options appraisal: it begins as a draft with do nothing already on its long list.</summary>
[Authorize(Policy = Policies.AppraisalsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SettingForm Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> ServiceLines { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    private IReadOnlyList<(Guid Id, string Name)> _lines = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.BaseYear ??= UkCalendar.ThisFinancialYear(clock).ToString();
        Input.HorizonYears ??= "10";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var organisation = OrganisationChoice.Resolve(
            user,
            Policies.AppraisalsWrite,
            Input.OrganisationId,
            ModelState,
            "Input.OrganisationId",
            "appraisal"
        );
        // A service line must belong to the organisation the appraisal does.
        var lines = organisation is { } o ? await ServiceLineChoices.ForAsync(db, [o]) : _lines;
        if (Input.Parse(ModelState, lines.Select(l => l.Id).ToList()) is not { } s || organisation is null)
            return Page();
        var now = clock.GetUtcNow();
        var appraisal = new Appraisal
        {
            Title = s.Title,
            OrganisationId = organisation.Value,
            ServiceLineId = s.ServiceLine,
            BaseYear = s.BaseYear,
            HorizonYears = s.Horizon,
            Schedule = s.Schedule,
            CreatedAt = now,
            UpdatedAt = now,
        };
        appraisal.Content.Purpose = s.Purpose;
        db.Appraisals.Add(appraisal);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{appraisal.Title} has been started. Work through the sections below.";
        return Redirect(this.Links().Appraisal(appraisal.Id));
    }

    private async Task LoadAsync()
    {
        _lines = await ServiceLineChoices.ForAsync(db, user.OrganisationsFor(Policies.AppraisalsWrite));
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.AppraisalsWrite);
        ServiceLines = ServiceLineChoices.Items(_lines);
    }
}
