namespace CareCommissioning.Web.Pages.Purchasing.Rules;

/// <summary>One version of the purchasing rules, as it was made (PU-P15): versions are never edited.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class VersionModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    public RuleSetPageData Data { get; private set; } = default!;
    public PurchasingRuleSet Rules { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int number)
    {
        var (chosen, _) = await OrganisationChoice.ViewingAsync(db, user, Policies.PurchasingRead, OrganisationId);
        if (chosen is null)
            return Forbid();
        Data = await RuleSetPageData.LoadAsync(db, chosen, UkCalendar.Today(clock));
        if (Data.Versions.SingleOrDefault(v => v.VersionNumber == number) is not { } rules)
            return NotFound();
        Rules = rules;
        return Page();
    }
}
