namespace CareCommissioning.Web.Pages.Appraisals.LongList;

/// <summary>Adds an option to the long list.</summary>
[Authorize(Policy = Policies.AppraisalsWrite)]
public sealed class OptionAddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    [BindProperty]
    public OptionForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        Input.Assessment = nameof(OptionAssessment.NotAssessed);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        var option = new OptionEntry();
        Input.ApplyTo(option, Appraisal.Content.Options, ModelState);
        if (!ModelState.IsValid)
            return Invalid();
        Appraisal.Content.Options.Add(option);
        return await SaveAsync($"{option.Name} has been added to the long list")
            ?? Redirect(option.ShortListed ? Path($"/options/{option.Id}/flows") : Path("/options"));
    }
}
