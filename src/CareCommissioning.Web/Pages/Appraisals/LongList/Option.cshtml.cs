namespace CareCommissioning.Web.Pages.Appraisals.LongList;

/// <summary>One option: read it, change it, or take it off the long list (never do nothing).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class OptionModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    [BindProperty]
    public OptionForm Input { get; set; } = new();
    public OptionEntry Option { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid optionId)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        if (Appraisal.Content.Option(optionId) is not { } option)
            return NotFound();
        Option = option;
        Input = OptionForm.From(option);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid optionId)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (Appraisal.Content.Option(optionId) is not { } option)
            return NotFound();
        Option = option;
        if (RefuseIfLocked())
            return Page();
        Input.ApplyTo(option, Appraisal.Content.Options, ModelState);
        if (!ModelState.IsValid)
            return Invalid();
        if (!option.ShortListed)
            DropFromShortList(option.Id);
        return await SaveAsync($"Your changes to {option.Name} have been saved") ?? Redirect(Path("/options"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid optionId)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (Appraisal.Content.Option(optionId) is not { } option)
            return NotFound();
        Option = option;
        Input = OptionForm.From(option);
        if (RefuseIfLocked())
            return Page();
        if (option.Kind == OptionKind.DoNothing)
        {
            ModelState.AddModelError(
                string.Empty,
                "Do nothing cannot be removed: it is the comparator for every other option"
            );
            return Invalid();
        }
        Appraisal.Content.Options.Remove(option);
        DropFromShortList(option.Id);
        return await SaveAsync($"{option.Name} has been removed from the long list") ?? Redirect(Path("/options"));
    }

    /// <summary>Scores, uncertainties and a recommendation that name an option no longer short-listed would
    /// mislead.</summary>
    private void DropFromShortList(Guid optionId)
    {
        var c = Appraisal.Content;
        c.Scores.RemoveAll(s => s.OptionId == optionId);
        c.Uncertainties.RemoveAll(u => u.OptionId == optionId);
        if (c.Recommendation.OptionId == optionId)
            c.Recommendation.OptionId = null;
    }
}
