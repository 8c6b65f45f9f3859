namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>Adding an indicator the partners agreed (PB-P14), by any partner's writers.</summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public IReadOnlyList<PartnershipAccess.PartnerRow> Partners { get; private set; } = [];

    [BindProperty]
    public MeasureForm Input { get; set; } = new() { Frequency = nameof(MeasureFrequency.Quarterly) };

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(
            nameof(Input),
            MeasureRules.Validate(details, Partners.Select(p => p.Partner.Id).ToList())
        );
        if (!ModelState.IsValid)
            return Page();
        var measure = new PartnershipMeasure { PartnershipId = id, Name = details.Name! };
        details.ApplyTo(measure);
        db.PartnershipMeasures.Add(measure);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"'{measure.Name}' has been added";
        return Redirect(this.Links().Measure(id, measure.Id));
    }

    /// <summary>The partnership, when the user may write for one of its partners.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsWrite);
        if (partnership is null)
            return false;
        (Partnership, Partners) = (partnership, await PartnershipAccess.PartnersAsync(db, partnership));
        return true;
    }
}
